package app.kindred.core.prompts;

import app.kindred.core.contract.MarkdownSubset;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A prompt template: markdown-subset text with {@code {name}} placeholders. Values are escaped before
 * they are put in, so a member's display name can never add markup; {@link Markup} values are trusted.
 */
public final class Template {

    private Template() {
    }

    /** A value that is already markdown built from other templates, inserted as is. */
    public record Markup(String markdown) {
    }

    public static String render(String template, Map<String, ?> values) {
        StringBuilder out = new StringBuilder(template.length() + 32);
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            if (c == '{') {
                int close = template.indexOf('}', i);
                String name = template.substring(i + 1, close);
                Object value = values.get(name);
                if (value == null) {
                    throw new IllegalArgumentException("no value for placeholder {" + name + "}");
                }
                out.append(value instanceof Markup markup ? markup.markdown() : MarkdownSubset.escape(value.toString()));
                i = close + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /**
     * The same as {@link #render(String, Map)} with the values given as name, value pairs. Every reply
     * renders several templates, so this one builds no map and no placeholder strings.
     */
    public static String render(String template, Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("placeholder values come in name, value pairs");
        }
        int open = template.indexOf('{');
        if (open < 0) {
            return template;
        }
        StringBuilder out = new StringBuilder(template.length() + 32);
        int i = 0;
        while (open >= 0) {
            int close = template.indexOf('}', open);
            out.append(template, i, open);
            Object value = valueOf(template, open + 1, close, namesAndValues);
            out.append(value instanceof Markup markup ? markup.markdown() : MarkdownSubset.escape(value.toString()));
            i = close + 1;
            open = template.indexOf('{', i);
        }
        return out.append(template, i, template.length()).toString();
    }

    private static Object valueOf(String template, int from, int to, Object[] namesAndValues) {
        int length = to - from;
        for (int n = 0; n < namesAndValues.length; n += 2) {
            String name = (String) namesAndValues[n];
            if (name.length() == length && template.regionMatches(from, name, 0, length) && namesAndValues[n + 1] != null) {
                return namesAndValues[n + 1];
            }
        }
        throw new IllegalArgumentException("no value for placeholder {" + template.substring(from, to) + "}");
    }

    public static Set<String> placeholders(String template) {
        Set<String> names = new LinkedHashSet<>();
        int i = template.indexOf('{');
        while (i >= 0) {
            int close = template.indexOf('}', i);
            if (close < 0) {
                break;
            }
            names.add(template.substring(i + 1, close));
            i = template.indexOf('{', close);
        }
        return names;
    }

    /** Why a template is malformed, or empty when it is fine. */
    public static Optional<String> problem(String template) {
        if (template.isBlank()) {
            return Optional.of("is empty");
        }
        int depth = 0;
        int start = -1;
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            if (c == '{') {
                if (depth++ > 0) {
                    return Optional.of("has a '{' inside a placeholder");
                }
                start = i;
            } else if (c == '}') {
                if (depth-- == 0) {
                    return Optional.of("has a '}' without its '{'");
                }
                String name = template.substring(start + 1, i);
                if (!name.matches("[a-z][a-zA-Z0-9]*")) {
                    return Optional.of("has a placeholder {" + name + "} that is not a simple name");
                }
            }
        }
        if (depth != 0) {
            return Optional.of("has a '{' that is never closed");
        }
        String withoutEscapes = template.replaceAll("\\\\.", "");
        if (countOf(withoutEscapes, "**") % 2 != 0) {
            return Optional.of("has an unpaired ** (bold)");
        }
        return Optional.empty();
    }

    private static int countOf(String text, String marker) {
        int count = 0;
        int i = text.indexOf(marker);
        while (i >= 0) {
            count++;
            i = text.indexOf(marker, i + marker.length());
        }
        return count;
    }
}
