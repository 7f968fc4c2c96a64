package app.kindred.core.onboarding;

import app.kindred.core.contract.Address;
import app.kindred.core.contract.Lifecycle;
import app.kindred.core.contract.Message;
import app.kindred.core.contract.Outbound;
import app.kindred.core.contract.Part;
import app.kindred.core.contract.Place;
import app.kindred.core.prompts.Prompts;
import app.kindred.core.prompts.Say;

import java.time.Instant;
import java.util.List;

/**
 * Kindred's first words in a group or channel it was just added to: who it is and is not, that it works
 * with each person privately, and where to turn in danger. Nothing is asked or stored here: consent
 * happens one to one, when someone writes to Kindred.
 */
public final class Introduction {

    private final Prompts prompts;
    private final String defaultLanguage;

    public Introduction(Prompts prompts, String defaultLanguage) {
        this.prompts = prompts;
        this.defaultLanguage = defaultLanguage;
    }

    List<Outbound> botAdded(Lifecycle.BotAdded event, Instant now) {
        if (event.place().kind() != Place.Kind.SPACE) {
            // Added to a one-to-one chat: the member's first message brings the welcome and consent.
            return List.of();
        }
        Say say = new Say(prompts, event.hints().languageHint().orElse(defaultLanguage));
        Address.Space space = new Address.Space(event.platform(), event.community(), event.place().conversationId());
        return List.of(Message.reply(space, List.of(
                new Part.Text(say.text("onboarding.hello")),
                new Part.Text(say.text("onboarding.who-we-are") + "\n\n" + say.text("onboarding.introduce-start")),
                new Part.Text(say.text("onboarding.emergency-unknown")))));
    }
}
