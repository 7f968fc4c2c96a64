package app.kindred.web;

import app.kindred.core.contract.MarkdownSubset;
import app.kindred.core.contract.Message;
import app.kindred.core.contract.Part;
import app.kindred.core.prompts.Say;

import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * Renders one message as an HTML fragment for the chat page. Every piece of text is escaped here, so the
 * page may insert the fragment as it is; buttons carry their payload untouched for the press to return.
 */
final class MessageHtml {

    private MessageHtml() {
    }

    /**
     * @param ref the message's reference on the page, returned with presses so its buttons can be retired
     * @param say the page's language, for the few words the page adds (the choose and download labels)
     */
    static String render(Message message, String ref, Say say) {
        StringBuilder html = new StringBuilder(256);
        int index = 0;
        for (Part part : message.parts()) {
            String id = ref + "-" + index++;
            if (part instanceof Part.Text text) {
                markdown(text.markdown(), html);
            } else if (part instanceof Part.Buttons row) {
                buttons(row, html);
            } else if (part instanceof Part.Choice choice) {
                choice(choice, id, say, html);
            } else if (part instanceof Part.Image image) {
                html.append("<img class=\"chart\" src=\"data:image/png;base64,")
                        .append(Base64.getEncoder().encodeToString(image.png()))
                        .append("\" alt=\"").append(Html.escape(image.altText())).append("\">");
            } else if (part instanceof Part.Document document) {
                document(document, say, html);
            } else if (part instanceof Part.Link link) {
                html.append("<p class=\"link\"><a href=\"").append(Html.escape(link.url()))
                        .append("\" target=\"_blank\" rel=\"noopener noreferrer\">")
                        .append(Html.escape(link.label())).append("</a></p>");
            }
        }
        return html.toString();
    }

    /** Kindred's markdown subset: consecutive bullet lines become one list, other lines paragraphs. */
    static void markdown(String markdown, StringBuilder html) {
        boolean inList = false;
        for (MarkdownSubset.Line line : MarkdownSubset.parse(markdown)) {
            if (line.bullet() && !inList) {
                html.append("<ul>");
                inList = true;
            } else if (!line.bullet() && inList) {
                html.append("</ul>");
                inList = false;
            }
            if (line.bullet()) {
                html.append("<li>");
                spans(line.spans(), html);
                html.append("</li>");
            } else if (!line.spans().isEmpty()) {
                html.append("<p>");
                spans(line.spans(), html);
                html.append("</p>");
            }
        }
        if (inList) {
            html.append("</ul>");
        }
    }

    private static void spans(List<MarkdownSubset.Span> spans, StringBuilder html) {
        for (MarkdownSubset.Span span : spans) {
            String text = Html.escape(span.text());
            switch (span.style()) {
                case BOLD -> html.append("<strong>").append(text).append("</strong>");
                case ITALIC -> html.append("<em>").append(text).append("</em>");
                default -> html.append(text);
            }
        }
    }

    private static void buttons(Part.Buttons row, StringBuilder html) {
        html.append("<div class=\"buttons\">");
        for (Part.Button button : row.buttons()) {
            html.append("<button type=\"button\" class=\"choice ").append(button.style().name().toLowerCase(Locale.ROOT))
                    .append("\" data-payload=\"").append(Html.escape(button.payload())).append("\">")
                    .append(Html.escape(button.label())).append("</button>");
        }
        html.append("</div>");
    }

    private static void choice(Part.Choice choice, String id, Say say, StringBuilder html) {
        html.append("<div class=\"select\"><label for=\"").append(id).append("\">")
                .append(Html.escape(choice.placeholder())).append("</label><select id=\"").append(id).append("\">");
        for (Part.Option option : choice.options()) {
            html.append("<option value=\"").append(Html.escape(option.payload())).append("\">")
                    .append(Html.escape(option.label())).append("</option>");
        }
        html.append("</select><button type=\"button\" class=\"choose\" data-select=\"").append(id).append("\">")
                .append(Html.escape(plain(say.text("web.choose")))).append("</button></div>");
    }

    private static void document(Part.Document document, Say say, StringBuilder html) {
        if (!document.caption().isBlank()) {
            markdown(document.caption(), html);
        }
        html.append("<p class=\"download\"><a download=\"").append(Html.escape(document.fileName()))
                .append("\" href=\"data:").append(Html.escape(document.mediaType())).append(";base64,")
                .append(Base64.getEncoder().encodeToString(document.content())).append("\">")
                .append(Html.escape(plain(say.text("web.download", "file", document.fileName()))))
                .append("</a></p>");
    }

    static String plain(String markdown) {
        return MarkdownSubset.toPlain(markdown);
    }
}
