package app.kindred.core.contract;

import java.util.List;
import java.util.Objects;

/**
 * One piece of an outbound message. Every adapter renders each kind; the rules are written on each
 * record so a new adapter can follow them.
 */
public sealed interface Part {


    /**
     * Text in Kindred's small markdown subset (see {@link MarkdownSubset}): {@code **bold**},
     * {@code _italic_}, line breaks, and lines starting with "- " as bullets. Backslash escapes a
     * marker. Adapters render the spans with their platform's markup and escape every plain run
     * (HTML for Telegram and the web, mrkdwn's &amp;, &lt;, &gt; for Slack, markdown for Discord).
     */
    record Text(String markdown) implements Part {
        public Text {
            Objects.requireNonNull(markdown, "markdown");
        }
    }

    /**
     * A row of buttons. Adapters show the label as given (escaped) and return the payload untouched in
     * {@link ButtonPressed}. Payloads are at most 64 bytes of ASCII, safe for Telegram and Discord.
     */
    record Buttons(List<Button> buttons) implements Part {
        public Buttons {
            buttons = List.copyOf(buttons);
            if (buttons.isEmpty()) {
                throw new IllegalArgumentException("a row of buttons needs at least one button");
            }
        }
    }

    /** One button. The style is a hint: platforms without colours ignore it. */
    record Button(String label, String payload, Style style) {
        public Button {
            Objects.requireNonNull(label, "label");
            ButtonPayloadRules.check(payload);
            style = style == null ? Style.PLAIN : style;
        }

        public static Button of(String label, String payload) {
            return new Button(label, payload, Style.PLAIN);
        }
    }

    /** How a button looks where the platform can show it. */
    enum Style { PLAIN, PRIMARY, DANGER }

    /**
     * A choice among options (a select menu where the platform has one, else a column of buttons).
     * Choosing an option arrives as a {@link ButtonPressed} with the option's payload.
     */
    record Choice(String placeholder, List<Option> options) implements Part {
        public Choice {
            Objects.requireNonNull(placeholder, "placeholder");
            options = List.copyOf(options);
            if (options.isEmpty() || options.size() > 25) {
                throw new IllegalArgumentException("a choice needs between 1 and 25 options");
            }
        }
    }

    /** One option of a {@link Choice}. */
    record Option(String label, String payload) {
        public Option {
            Objects.requireNonNull(label, "label");
            ButtonPayloadRules.check(payload);
        }
    }

    /** A PNG image. Adapters always attach the alt text where the platform allows, else send it as a caption. */
    record Image(byte[] png, String altText, String fileName) implements Part {
        public Image {
            Objects.requireNonNull(png, "png");
            Objects.requireNonNull(altText, "altText");
            fileName = fileName == null || fileName.isBlank() ? "image.png" : fileName;
        }
    }

    /**
     * A file for the member to keep (their data export). Adapters send it as a document or a download
     * link; the caption is markdown-subset text like {@link Text}.
     */
    record Document(byte[] content, String fileName, String mediaType, String caption) implements Part {
        public Document {
            Objects.requireNonNull(content, "content");
            Objects.requireNonNull(fileName, "fileName");
            Objects.requireNonNull(mediaType, "mediaType");
            caption = caption == null ? "" : caption;
        }
    }

    /** A link with a label. Adapters render it as a link button or an inline link, label escaped. */
    record Link(String label, String url) implements Part {
        public Link {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(url, "url");
            if (!url.startsWith("https://") && !url.startsWith("http://") && !url.startsWith("tel:")) {
                throw new IllegalArgumentException("links are http(s) or tel: only");
            }
        }
    }
}
