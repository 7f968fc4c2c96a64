package app.kindred.discord;

import app.kindred.core.contract.MarkdownSubset;

import java.util.ArrayList;
import java.util.List;

/**
 * Renders Kindred's markdown subset as Discord markdown. Every plain run is escaped, so a display name
 * or a topic can never turn into a heading, a quote, a masked link, a mention or a spoiler; bold is
 * {@code **...**}, italic {@code *...*}, bullets are Discord's own "- " lists.
 */
final class DiscordMarkdown {

    /** Discord's limit on a message's content. */
    static final int MESSAGE_LIMIT = 2000;

    private DiscordMarkdown() {
    }

    static String render(String markdown) {
        StringBuilder out = new StringBuilder(markdown.length() + 16);
        List<MarkdownSubset.Line> lines = MarkdownSubset.parse(markdown);
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0) {
                out.append('\n');
            }
            out.append(line(lines.get(i)));
        }
        return out.toString();
    }

    private static String line(MarkdownSubset.Line line) {
        StringBuilder out = new StringBuilder();
        if (line.bullet()) {
            out.append("- ");
        }
        for (MarkdownSubset.Span span : line.spans()) {
            String text = escape(span.text());
            switch (span.style()) {
                case BOLD -> out.append("**").append(text).append("**");
                case ITALIC -> out.append('*').append(text).append('*');
                default -> out.append(text);
            }
        }
        String rendered = out.toString();
        // A plain line must not start a heading, a quote, a list or "-#" small text: escape its first mark.
        return line.bullet() ? rendered : escapeLineStart(rendered);
    }

    /** Backslash-escapes every character Discord's markdown reads inside a line. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ("\\*_~`|<>[]()#@:".indexOf(c) >= 0 && needsEscape(text, i)) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    /** ':' and '@' only matter before a word (an emoji name, @everyone); '(' and ')' only after ']', which is escaped. */
    private static boolean needsEscape(String text, int i) {
        char c = text.charAt(i);
        if (c == '(' || c == ')') {
            return false;
        }
        if (c == ':' || c == '@') {
            return i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1));
        }
        return true;
    }

    private static String escapeLineStart(String line) {
        if (line.startsWith("- ") || line.startsWith("+ ") || line.startsWith("-#") || line.startsWith("> ")
                || line.matches("^[0-9]+\\. .*")) {
            int mark = line.startsWith("- ") || line.startsWith("+ ") || line.startsWith("-#") || line.startsWith("> ")
                    ? 0 : line.indexOf('.');
            return line.substring(0, mark) + '\\' + line.substring(mark);
        }
        return line;
    }

    /**
     * Splits rendered text into messages of at most {@code limit} characters, at line breaks where it
     * can, never inside a surrogate pair.
     */
    static List<String> chunks(String rendered, int limit) {
        List<String> chunks = new ArrayList<>();
        String rest = rendered;
        while (rest.length() > limit) {
            int cut = rest.lastIndexOf('\n', limit);
            if (cut <= 0) {
                cut = rest.lastIndexOf(' ', limit);
            }
            if (cut <= 0) {
                cut = limit;
                if (Character.isHighSurrogate(rest.charAt(cut - 1))) {
                    cut--;
                }
            }
            chunks.add(rest.substring(0, cut));
            rest = rest.substring(cut).stripLeading();
        }
        if (!rest.isEmpty() || chunks.isEmpty()) {
            chunks.add(rest);
        }
        return chunks;
    }
}
