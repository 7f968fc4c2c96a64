package app.kindred.discord;

import net.dv8tion.jda.api.interactions.InteractionHook;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The interaction Kindred is answering while the core handles it: messages for the member who pressed or
 * typed the command go back through its hook (ephemeral in a server, so only they see it), within
 * Discord's 15 minutes, instead of opening a DM.
 *
 * @param userId        the member who interacted
 * @param hook          the interaction's hook, acknowledged before the core runs
 * @param ephemeral     whether follow-ups are shown to this member only (always, in a server)
 * @param messageRef    the id of the message whose component was used, or empty for a command
 * @param deferredReply whether the acknowledgement left a "thinking" message that the first reply replaces
 */
record InteractionReply(String userId, InteractionHook hook, boolean ephemeral, String messageRef, boolean deferredReply,
                        AtomicBoolean answered) {

    static InteractionReply command(String userId, InteractionHook hook, boolean ephemeral) {
        return new InteractionReply(userId, hook, ephemeral, "", true, new AtomicBoolean());
    }

    static InteractionReply component(String userId, InteractionHook hook, boolean ephemeral, String messageRef) {
        return new InteractionReply(userId, hook, ephemeral, messageRef, false, new AtomicBoolean());
    }

    boolean answers(String recipient) {
        return userId.equals(recipient);
    }

    void markAnswered() {
        answered.set(true);
    }

    /** A deferred reply nobody answered would think forever: whether it must be taken away. */
    boolean leftThinking() {
        return deferredReply && !answered.get();
    }
}
