package app.kindred.core.contract;

import java.util.Objects;

/**
 * Where an event happened: a member's direct conversation with Kindred, or a shared space.
 *
 * @param kind           direct or space
 * @param conversationId the platform's id of the conversation (chat id, channel id, thread id)
 */
public record Place(Kind kind, String conversationId) {

    /** The two kinds of place; a crisis reply in a space always goes to the writer privately. */
    public enum Kind { DIRECT, SPACE }

    public Place {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(conversationId, "conversationId");
    }

    public static Place direct(String conversationId) {
        return new Place(Kind.DIRECT, conversationId);
    }

    public static Place space(String conversationId) {
        return new Place(Kind.SPACE, conversationId);
    }

    public boolean isSpace() {
        return kind == Kind.SPACE;
    }
}
