package app.kindred.core.contract;

import java.util.ArrayList;
import java.util.List;

/**
 * Kindred's markdown subset, parsed once here so every adapter renders the same thing.
 *
 * <p>Rules: a message is lines separated by "\n". A line starting with "- " is a bullet. Inside a line,
 * {@code **text**} is bold and {@code _text_} is italic (not nested). A backslash makes the next
 * character literal, so user-supplied text is made safe with {@link #escape(String)}. An unclosed marker
 * is plain text. Adapters walk {@link #parse(String)} and escape each span for their platform.
 */
public final class MarkdownSubset {

    /** How a run of text is shown. */
    public enum Style { PLAIN, BOLD, ITALIC }

    /** A run of text with one style; the text is literal, markers and escapes already removed. */
    public record Span(Style style, String text) {
    }

    /** One line of a message. */
    public record Line(boolean bullet, List<Span> spans) {
    }

    private MarkdownSubset() {
    }

    /** Makes arbitrary text (a display name, a topic name) literal inside a template. */
    public static String escape(String literal) {
        StringBuilder out = new StringBuilder(literal.length() + 8);
        for (int i = 0; i < literal.length(); i++) {
            char c = literal.charAt(i);
            if (c == '\\' || c == '*' || c == '_') {
                out.append('\\');
            }
            out.append(c);
        }
        String escaped = out.toString();
        // A literal "- " at the start of a line must not become a bullet.
        return escaped.startsWith("- ") ? "\\" + escaped : escaped.replace("\n- ", "\n\\- ");
    }

    public static List<Line> parse(String markdown) {
        List<Line> lines = new ArrayList<>();
        for (String raw : markdown.split("\n", -1)) {
            boolean bullet = raw.startsWith("- ");
            lines.add(new Line(bullet, spans(bullet ? raw.substring(2) : raw)));
        }
        return lines;
    }

    /** The text without markup, bullets shown as "• ". */
    public static String toPlain(String markdown) {
        StringBuilder out = new StringBuilder();
        List<Line> lines = parse(markdown);
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (line.bullet()) {
                out.append("• ");
            }
            line.spans().forEach(span -> out.append(span.text()));
            if (i < lines.size() - 1) {
                out.append('\n');
            }
        }
        return out.toString();
    }

    private static List<Span> spans(String line) {
        List<Span> spans = new ArrayList<>();
        StringBuilder plain = new StringBuilder();
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length()) {
                plain.append(line.charAt(i + 1));
                i += 2;
                continue;
            }
            String marker = line.startsWith("**", i) ? "**" : c == '_' ? "_" : null;
            int close = marker == null ? -1 : findClose(line, i + marker.length(), marker);
            if (marker != null && close > i + marker.length()) {
                flush(spans, plain);
                String inner = unescape(line.substring(i + marker.length(), close));
                spans.add(new Span(marker.equals("**") ? Style.BOLD : Style.ITALIC, inner));
                i = close + marker.length();
            } else {
                plain.append(c);
                i++;
            }
        }
        flush(spans, plain);
        return spans;
    }

    private static int findClose(String line, int from, String marker) {
        int i = from;
        while (i < line.length()) {
            if (line.charAt(i) == '\\') {
                i += 2;
                continue;
            }
            if (line.startsWith(marker, i)) {
                return i;
            }
            i++;
        }
        return -1;
    }

    private static String unescape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                out.append(text.charAt(++i));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static void flush(List<Span> spans, StringBuilder plain) {
        if (!plain.isEmpty()) {
            spans.add(new Span(Style.PLAIN, plain.toString()));
            plain.setLength(0);
        }
    }
}
