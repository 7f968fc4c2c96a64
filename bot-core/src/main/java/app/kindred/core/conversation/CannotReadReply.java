package app.kindred.core.conversation;

import app.kindred.core.contract.Address;
import app.kindred.core.contract.Message;
import app.kindred.core.contract.Part;
import app.kindred.core.contract.Place;
import app.kindred.core.contract.Sender;
import app.kindred.core.prompts.Say;

import java.util.List;

/**
 * Kindred's answer to something a member sent that no event stands for (a sticker, an edited message, a
 * file): the adapter names the prompt, and the member reads it in their language where they wrote.
 */
public final class CannotReadReply {

    private CannotReadReply() {
    }

    public static Message to(Services services, Sender sender, Place place, String promptKey) {
        String language = sender.hints().languageHint().orElse(services.settings().defaultLanguage());
        String text = new Say(services.prompts(), language).text(promptKey);
        return Message.reply(Address.replyTo(sender, place), List.of(new Part.Text(text)));
    }
}
