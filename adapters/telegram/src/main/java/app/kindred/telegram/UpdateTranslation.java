package app.kindred.telegram;

import app.kindred.core.contract.Inbound;
import app.kindred.core.contract.Place;
import app.kindred.core.contract.Sender;

/** What one Telegram update means for Kindred. */
sealed interface UpdateTranslation {

    /**
     * An event for the core.
     *
     * @param callbackQueryId the press to acknowledge first, or null when the update was not a press
     */
    record Event(Inbound event, String callbackQueryId) implements UpdateTranslation {
    }

    /**
     * Something Kindred cannot read (a sticker, a voice note, a file, an edit): the member gets a short
     * reply in their language, taken from the prompt key.
     */
    record CannotRead(Sender sender, Place place, String promptKey) implements UpdateTranslation {
    }

    /**
     * Nothing for Kindred (a service message, a channel post, an update type it does not use).
     *
     * @param callbackQueryId a press to acknowledge anyway so its button stops spinning, or null
     * @param why             a short reason for debug logs, never content
     */
    record Ignored(String callbackQueryId, String why) implements UpdateTranslation {
    }
}
