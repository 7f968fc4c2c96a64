package app.kindred.slack;

import app.kindred.core.contract.Inbound;
import app.kindred.core.contract.Lifecycle;
import app.kindred.core.contract.Place;
import app.kindred.core.contract.Sender;

/** What one Slack request means for Kindred. */
sealed interface SlackTranslation {

    /** An event for the core. */
    record Event(Inbound event) implements SlackTranslation {
    }

    /**
     * Kindred was invited into a channel. The introduction is said in the inviter's language, so their
     * Slack locale is looked up on the lane, after Slack has had its answer.
     *
     * @param inviter the Slack user id of whoever added Kindred
     */
    record Invited(Lifecycle.BotAdded event, String inviter) implements SlackTranslation {
    }

    /**
     * Something Kindred cannot read (a file without words, an edit): the member gets a short reply in
     * their language, taken from the prompt key.
     */
    record CannotRead(Sender sender, Place place, String promptKey) implements SlackTranslation {
    }

    /**
     * Nothing for Kindred (its own messages, other bots, channel notices).
     *
     * @param why a short reason for debug logs, never content
     */
    record Ignored(String why) implements SlackTranslation {
    }
}
