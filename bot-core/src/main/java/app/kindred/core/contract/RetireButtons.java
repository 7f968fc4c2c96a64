package app.kindred.core.contract;

import java.util.Objects;

/**
 * Remove the buttons of a message that was answered, so they cannot be pressed twice. Telegram edits
 * the message's keyboard away; platforms that cannot edit ignore it (the core refuses a second press).
 *
 * @param where      the conversation holding the message
 * @param messageRef the platform's id of the message, as it arrived in {@link ButtonPressed}
 */
public record RetireButtons(Address where, String messageRef) implements Outbound {

    public RetireButtons {
        Objects.requireNonNull(where, "where");
        Objects.requireNonNull(messageRef, "messageRef");
    }
}
