package app.kindred.web;

import app.kindred.core.prompts.Prompts;
import app.kindred.core.prompts.Say;
import app.kindred.core.prompts.Template;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The chat page with its words filled in for one language. The page's HTML names prompt keys as
 * {@code {{web.key}}} and a few values as {@code {{$name}}}; every filled-in word is HTML-escaped.
 * A template key for the script keeps its placeholders ({@code {count}}) for the script to fill.
 */
final class PageTemplate {

    private static final Pattern SLOT = Pattern.compile("\\{\\{([$a-z][a-zA-Z0-9.-]*)}}");

    private final String html;

    PageTemplate(String html) {
        this.html = html;
    }

    static PageTemplate bundled() {
        try (InputStream in = PageTemplate.class.getResourceAsStream("page/index.html")) {
            if (in == null) {
                throw new IllegalStateException("the web chat page is missing from the jar");
            }
            return new PageTemplate(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every prompt key the page uses, so a test can check the catalogue has them. */
    Set<String> keys() {
        Set<String> keys = new LinkedHashSet<>();
        Matcher matcher = SLOT.matcher(html);
        while (matcher.find()) {
            if (!matcher.group(1).startsWith("$")) {
                keys.add(matcher.group(1));
            }
        }
        return keys;
    }

    String render(Prompts prompts, String language, Map<String, String> values) {
        Say say = new Say(prompts, language);
        Matcher matcher = SLOT.matcher(html);
        StringBuilder out = new StringBuilder(html.length() + 1024);
        while (matcher.find()) {
            String slot = matcher.group(1);
            String text;
            if (slot.startsWith("$")) {
                text = values.get(slot.substring(1));
                if (text == null) {
                    throw new IllegalArgumentException("no value for {{" + slot + "}}");
                }
            } else {
                text = MessageHtml.plain(fill(say, slot));
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(Html.escape(text)));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /** Renders a key, leaving its placeholders as they are so the script can fill them. */
    private static String fill(Say say, String key) {
        String raw = say.prompts().variants(say.language(), key)
                .or(() -> say.prompts().variants(Prompts.BASE_LANGUAGE, key))
                .orElseThrow(() -> new IllegalArgumentException("no prompt with key " + key)).get(0);
        Object[] keep = Template.placeholders(raw).stream()
                .flatMap(name -> Stream.of(name, "{" + name + "}"))
                .toArray();
        return say.text(key, keep);
    }
}
