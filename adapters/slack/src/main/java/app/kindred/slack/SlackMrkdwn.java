package app.kindred.slack;

import app.kindred.core.contract.CharacterEscapes;
import app.kindred.core.contract.MarkdownSubset;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Renders Kindred's markdown subset as Slack mrkdwn: bold and italic become {@code *...*} and
 * {@code _..._}, bullets become "• ", and every run of text has {@code &}, {@code <} and {@code >}
 * escaped, so nothing a member typed can become a link, a mention or {@code <!channel>}. The text
 * objects are sent verbatim, so Slack does not turn plain "@here" or "#channel" into mentions either.
 */
final class SlackMrkdwn {

    /** The three characters Slack asks to be escaped; with them escaped no text becomes a link or a mention. */
    private static final CharacterEscapes ESCAPES = new CharacterEscapes(Map.of('&', "&amp;", '<', "&lt;", '>', "&gt;"));

    /** Slack's limit on one section's text. */
    static final int SECTION_LIMIT = 3000;

    private SlackMrkdwn() {
    }

    static String escape(String text) {
        return ESCAPES.escape(text);
    }

    static String render(String markdown) {
        return String.join("\n", renderChunks(markdown, Integer.MAX_VALUE));
    }

    /** Renders and splits text into pieces that each fit one section, keeping lines whole where they fit. */
    static List<String> renderChunks(String markdown, int limit) {
        List<String> chunks = new ArrayList<>();
        StringBuilder chunk = new StringBuilder();
        for (MarkdownSubset.Line line : MarkdownSubset.parse(markdown)) {
            for (String piece : pieces(renderLine(line), limit)) {
                int needed = piece.length() + (chunk.isEmpty() ? 0 : 1);
                if (chunk.length() + needed > limit && !chunk.isEmpty()) {
                    chunks.add(chunk.toString());
                    chunk.setLength(0);
                }
                if (!chunk.isEmpty()) {
                    chunk.append('\n');
                }
                chunk.append(piece);
            }
        }
        if (!chunk.isEmpty() || chunks.isEmpty()) {
            chunks.add(chunk.toString());
        }
        return chunks;
    }

    private static String renderLine(MarkdownSubset.Line line) {
        StringBuilder out = new StringBuilder();
        if (line.bullet()) {
            out.append("• ");
        }
        for (MarkdownSubset.Span span : line.spans()) {
            String text = escape(span.text());
            switch (span.style()) {
                case BOLD -> out.append('*').append(text).append('*');
                case ITALIC -> out.append('_').append(text).append('_');
                default -> out.append(text);
            }
        }
        return out.toString();
    }

    /** A line longer than a section is cut, never inside an escape such as "&amp;" or a surrogate pair. */
    private static List<String> pieces(String line, int limit) {
        if (line.length() <= limit) {
            return List.of(line);
        }
        List<String> pieces = new ArrayList<>();
        int from = 0;
        while (from < line.length()) {
            int to = Math.min(line.length(), from + limit);
            if (to < line.length()) {
                int amp = line.lastIndexOf('&', to - 1);
                if (amp >= from && amp > to - 5 && line.indexOf(';', amp) >= to) {
                    to = amp;
                }
                if (Character.isHighSurrogate(line.charAt(to - 1))) {
                    to--;
                }
            }
            pieces.add(line.substring(from, to));
            from = to;
        }
        return pieces;
    }
}
