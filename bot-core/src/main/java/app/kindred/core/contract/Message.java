package app.kindred.core.contract;

import java.util.List;
import java.util.Objects;

/**
 * A message to deliver.
 *
 * @param to          where it goes
 * @param parts       what it says, in order
 * @param urgency     crisis replies jump every queue; scheduled ones may wait for rate limits
 * @param deliveryKey a key that makes delivery idempotent (a check-in occurrence is sent once even when
 *                    retried); empty for ordinary replies
 */
public record Message(Address to, List<Part> parts, Urgency urgency, String deliveryKey) implements Outbound {

    /** How soon a message must go out relative to others waiting in an outbox. */
    public enum Urgency { CRISIS, REPLY, SCHEDULED }

    public Message {
        Objects.requireNonNull(to, "to");
        parts = List.copyOf(parts);
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("a message needs at least one part");
        }
        urgency = urgency == null ? Urgency.REPLY : urgency;
        deliveryKey = deliveryKey == null ? "" : deliveryKey;
    }

    public static Message reply(Address to, List<Part> parts) {
        return new Message(to, parts, Urgency.REPLY, "");
    }

    /** The message as plain text with markup removed: handy for adapters' fallbacks and for tests. */
    public String plainText() {
        StringBuilder out = new StringBuilder();
        for (Part part : parts) {
            if (part instanceof Part.Text text) {
                out.append(MarkdownSubset.toPlain(text.markdown())).append('\n');
            } else if (part instanceof Part.Link link) {
                out.append(link.label()).append(": ").append(link.url()).append('\n');
            } else if (part instanceof Part.Image image) {
                out.append("[image: ").append(image.altText()).append("]\n");
            }
        }
        return out.toString().strip();
    }
}
