package app.kindred.core.onboarding;

import app.kindred.core.contract.Part;
import app.kindred.core.conversation.Turn;
import app.kindred.core.crisis.CountryHelplines;
import app.kindred.core.crisis.HelplineDirectory;
import app.kindred.core.prompts.Say;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The first thing a member sees: who Kindred is and is not, the emergency number where they are, what
 * is stored, and the consent button. Shown again to anyone who has not agreed yet.
 */
public final class Welcome {

    static final String CONSENT = "ob.consent";
    static final String DECLINE = "ob.decline";
    static final String LANGUAGE = "ob.lang";
    private static final Duration VALID_FOR = Duration.ofDays(7);

    private final HelplineDirectory helplines;

    public Welcome(HelplineDirectory helplines) {
        this.helplines = helplines;
    }

    public void show(Turn turn, String language) {
        Say say = new Say(turn.services().prompts(), language);
        String name = turn.sender().displayName();
        String emergency = turn.country().flatMap(helplines::country).map(CountryHelplines::emergency)
                .map(number -> say.text("onboarding.emergency-known", "number", number))
                .orElseGet(() -> say.text("onboarding.emergency-unknown"));
        List<Part> parts = new ArrayList<>();
        parts.add(new Part.Text(name.isBlank() ? say.text("onboarding.hello") : say.text("onboarding.hello-name", "name", name)));
        parts.add(new Part.Text(say.text("onboarding.who-we-are") + "\n\n" + emergency));
        parts.add(new Part.Text(say.text("onboarding.what-we-store",
                "retentionDays", turn.services().settings().moodRetention().toDays())));
        parts.add(new Part.Buttons(List.of(
                new Part.Button(say.text("onboarding.consent-button"),
                        turn.payload(CONSENT, say.language(), VALID_FOR), Part.Style.PRIMARY),
                Part.Button.of(say.text("onboarding.decline-button"), turn.payload(DECLINE, say.language(), VALID_FOR)))));
        parts.add(new Part.Buttons(languageButtons(turn, say)));
        turn.reply(parts);
    }

    private static List<Part.Button> languageButtons(Turn turn, Say current) {
        List<Part.Button> buttons = new ArrayList<>();
        for (String language : turn.services().prompts().languages()) {
            if (!language.equals(current.language())) {
                String label = new Say(turn.services().prompts(), language).text("language.self-name");
                buttons.add(Part.Button.of(label, turn.payload(LANGUAGE, language, VALID_FOR)));
            }
        }
        return buttons;
    }
}
