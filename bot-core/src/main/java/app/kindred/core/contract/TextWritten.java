package app.kindred.core.contract;

import java.util.Objects;

/**
 * A member wrote free text. The text is screened, answered and forgotten: it is never stored or logged.
 */
public record TextWritten(Sender sender, Place place, String text) implements Inbound.FromMember {

    public TextWritten {
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(place, "place");
        text = text == null ? "" : text;
    }

    /** Keeps message text out of logs and exception messages by accident. */
    @Override
    public String toString() {
        return "TextWritten[sender=" + sender.platform() + "/" + sender.community() + ", place=" + place
                + ", length=" + text.length() + "]";
    }
}
