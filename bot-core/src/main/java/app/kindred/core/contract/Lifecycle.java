package app.kindred.core.contract;

/** Something happened to a member, a space or a request the core made of an adapter. */
public sealed interface Lifecycle extends Inbound {

    /** Kindred was added to a community or space; it introduces itself there. */
    record BotAdded(Platform platform, String community, Place place, LocaleHints hints) implements Lifecycle {
    }

    /** The adapter opened the private space the core asked for in {@link OpenSpace}. */
    record SpaceOpened(Platform platform, String community, String requestId, String spaceId) implements Lifecycle {
    }

    /** The adapter could not open the space; the reason is a short machine code, never user text. */
    record SpaceNotOpened(Platform platform, String community, String requestId, String reason) implements Lifecycle {
    }

    /** The platform refused a delivery for good (blocked the bot, closed DMs, left the community). */
    record MemberUnreachable(Platform platform, String community, String userId) implements Lifecycle {
    }
}
