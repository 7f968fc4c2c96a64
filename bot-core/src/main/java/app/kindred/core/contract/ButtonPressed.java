package app.kindred.core.contract;

import java.util.Objects;

/**
 * A member pressed a button or chose an option; the payload is untrusted until the core verifies it.
 *
 * @param payload    the opaque string Kindred put on the button, as the platform returned it
 * @param messageRef the platform's id of the message that carried the button, so its buttons can
 *                   be retired; may be empty where the platform has none
 */
public record ButtonPressed(Sender sender, Place place, String payload, String messageRef)
        implements Inbound.FromMember {

    public ButtonPressed {
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(place, "place");
        payload = payload == null ? "" : payload;
        messageRef = messageRef == null ? "" : messageRef;
    }
}
