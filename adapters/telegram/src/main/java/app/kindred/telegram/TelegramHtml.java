package app.kindred.telegram;

import app.kindred.core.contract.CharacterEscapes;
import app.kindred.core.contract.MarkdownSubset;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Renders Kindred's markdown subset as Telegram HTML: bold and italic become {@code <b>} and
 * {@code <i>}, bullets become "• ", and every run of text is escaped, so nothing a member typed (a
 * display name, a topic) can add markup or break the message.
 */
final class TelegramHtml {

    /** What Telegram's HTML parse mode reads as markup; the quote for attribute values. */
    private static final CharacterEscapes ESCAPES = new CharacterEscapes(
            Map.of('&', "&amp;", '<', "&lt;", '>', "&gt;", '"', "&quot;"));

    /** Telegram's limit on a message's visible text, in UTF-16 units. */
    static final int MESSAGE_LIMIT = 4096;

    private TelegramHtml() {
    }

    static String escape(String text) {
        return ESCAPES.escape(text);
    }

    /** One message's worth of markdown as HTML. */
    static String render(String markdown) {
        return String.join("\n", renderLines(markdown, Integer.MAX_VALUE));
    }

    /**
     * Renders and splits text into chunks whose visible text fits one Telegram message. Lines are kept
     * whole where they fit; a line longer than a message is cut, each piece keeping its own tags.
     */
    static List<String> renderChunks(String markdown, int limit) {
        List<String> chunks = new ArrayList<>();
        StringBuilder chunk = new StringBuilder();
        int visible = 0;
        for (MarkdownSubset.Line line : MarkdownSubset.parse(markdown)) {
            for (RenderedLine piece : pieces(line, limit)) {
                int needed = piece.visible + (chunk.isEmpty() ? 0 : 1);
                if (visible + needed > limit && !chunk.isEmpty()) {
                    chunks.add(chunk.toString());
                    chunk.setLength(0);
                    visible = 0;
                    needed = piece.visible;
                }
                if (!chunk.isEmpty()) {
                    chunk.append('\n');
                }
                chunk.append(piece.html);
                visible += needed;
            }
        }
        if (!chunk.isEmpty() || chunks.isEmpty()) {
            chunks.add(chunk.toString());
        }
        return chunks;
    }

    private static List<String> renderLines(String markdown, int limit) {
        List<String> lines = new ArrayList<>();
        for (MarkdownSubset.Line line : MarkdownSubset.parse(markdown)) {
            pieces(line, limit).forEach(piece -> lines.add(piece.html));
        }
        return lines;
    }

    private record RenderedLine(String html, int visible) {
    }

    private static List<RenderedLine> pieces(MarkdownSubset.Line line, int limit) {
        List<RenderedLine> pieces = new ArrayList<>();
        StringBuilder html = new StringBuilder();
        int visible = 0;
        if (line.bullet()) {
            html.append("• ");
            visible = 2;
        }
        for (MarkdownSubset.Span span : line.spans()) {
            String text = span.text();
            int from = 0;
            while (from < text.length()) {
                int room = limit - visible;
                if (room <= 0) {
                    pieces.add(new RenderedLine(html.toString(), visible));
                    html.setLength(0);
                    visible = 0;
                    room = limit;
                }
                int to = Math.min(text.length(), from + room);
                if (to < text.length() && Character.isHighSurrogate(text.charAt(to - 1))) {
                    to--;
                }
                appendSpan(html, span.style(), text.substring(from, to));
                visible += to - from;
                from = to;
            }
        }
        pieces.add(new RenderedLine(html.toString(), visible));
        return pieces;
    }

    private static void appendSpan(StringBuilder html, MarkdownSubset.Style style, String text) {
        switch (style) {
            case BOLD -> html.append("<b>").append(escape(text)).append("</b>");
            case ITALIC -> html.append("<i>").append(escape(text)).append("</i>");
            default -> html.append(escape(text));
        }
    }
}
