package app.kindred.core.contract;

import java.util.Objects;

/** Where an outbound message goes: one member privately, or a shared space. */
public sealed interface Address {

    Platform platform();

    String community();

    /**
     * One member, privately. Adapters deliver to the member's direct conversation with Kindred; a reply
     * to something written in a space still goes here, never into the space.
     *
     * @param userId         the platform's user id
     * @param conversationId the direct conversation id when known (Telegram chat id, Slack DM channel),
     *                       or empty when the adapter must open one from the user id
     */
    record Direct(Platform platform, String community, String userId, String conversationId) implements Address {
        public Direct {
            Objects.requireNonNull(platform, "platform");
            Objects.requireNonNull(community, "community");
            Objects.requireNonNull(userId, "userId");
            conversationId = conversationId == null ? "" : conversationId;
        }
    }

    /** A shared space: a group's private channel or thread, or a channel Kindred was added to. */
    record Space(Platform platform, String community, String spaceId) implements Address {
        public Space {
            Objects.requireNonNull(platform, "platform");
            Objects.requireNonNull(community, "community");
            Objects.requireNonNull(spaceId, "spaceId");
        }
    }

    /** The private address of whoever sent an event, whatever place they wrote from. */
    static Direct replyTo(Sender sender, Place place) {
        String conversation = place.kind() == Place.Kind.DIRECT ? place.conversationId() : "";
        return new Direct(sender.platform(), sender.community(), sender.userId(), conversation);
    }
}
