package app.kindred.core.onboarding;

import app.kindred.core.contract.Lifecycle;
import app.kindred.core.contract.Part;
import app.kindred.core.conversation.Access;
import app.kindred.core.conversation.Feature;
import app.kindred.core.conversation.Routes;
import app.kindred.core.conversation.Turn;
import app.kindred.core.member.Countries;
import app.kindred.core.member.MemberProfile;
import app.kindred.core.member.MemberZone;
import app.kindred.core.prompts.Say;

import java.text.Normalizer;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * First contact, consent, help and the member's own settings (language, country, time zone, pause).
 * The profile is created only when the member presses the consent button.
 */
public final class OnboardingFeature implements Feature {

    private final Welcome welcome;
    private final Introduction introduction;

    public OnboardingFeature(Welcome welcome, Introduction introduction) {
        this.welcome = welcome;
        this.introduction = introduction;
    }

    @Override
    public void register(Routes routes) {
        routes.command("start", Access.OPEN, (turn, args) -> start(turn))
                .alias("help", "start")
                .command("language", Access.CONSENTED, this::language)
                .command("settings", Access.CONSENTED, this::settings)
                .command("pause", Access.CONSENTED, (turn, args) -> setPaused(turn, true))
                .command("resume", Access.CONSENTED, (turn, args) -> setPaused(turn, false))
                .action(Welcome.CONSENT, Access.OPEN, this::consent)
                .action(Welcome.DECLINE, Access.OPEN, (turn, language) ->
                        turn.reply(new Part.Text(new Say(turn.services().prompts(), language).text("onboarding.declined"))))
                .action(Welcome.LANGUAGE, Access.OPEN, (turn, language) -> welcome.show(turn, language))
                .lifecycle(Lifecycle.BotAdded.class, introduction::botAdded);
    }

    private void start(Turn turn) {
        if (turn.profile().map(MemberProfile::hasConsented).orElse(false)) {
            turn.replyText("onboarding.help");
        } else {
            welcome.show(turn, turn.say().language());
        }
    }

    private void consent(Turn turn, String language) {
        Optional<MemberProfile> existing = turn.profile();
        MemberProfile profile = existing.orElseGet(() -> newProfile(turn, language));
        MemberProfile consented = profile.withConsent(turn.now()).withLanguage(supported(turn, language));
        turn.services().members().save(consented);
        turn.profileChanged(consented);
        turn.reply(new Part.Text(turn.say().text("onboarding.consented")),
                new Part.Text(turn.say().text("onboarding.help")));
    }

    private MemberProfile newProfile(Turn turn, String language) {
        var hints = turn.sender().hints();
        String zone = hints.timeZoneHint().flatMap(MemberZone::parse).map(ZoneId::getId).orElse(null);
        byte[] sealed = turn.services().vault().seal(turn.member(), turn.replyAddress());
        return new MemberProfile(turn.member(), turn.sender().platform(), turn.sender().community(), sealed,
                supported(turn, language), hints.countryHint().map(c -> c.toUpperCase(Locale.ROOT)).orElse(null),
                zone, turn.now(), null, false, false);
    }

    private void language(Turn turn, String args) {
        String wanted = languageNamed(turn.services().prompts().languages(), args);
        if (!turn.services().prompts().languages().contains(wanted)) {
            turn.replyText("settings.language-usage", "languages",
                    String.join(", ", turn.services().prompts().languages()));
            return;
        }
        save(turn, turn.profile().orElseThrow().withLanguage(wanted));
        turn.replyText("settings.language-changed");
    }

    /** The code of a language given by its code or its name in any of Kindred's languages ("Español", "german"). */
    private static String languageNamed(Set<String> languages, String args) {
        String wanted = fold(args);
        for (String code : languages) {
            if (code.equals(wanted)) {
                return code;
            }
            for (String in : languages) {
                if (fold(Locale.forLanguageTag(code).getDisplayLanguage(Locale.forLanguageTag(in))).equals(wanted)) {
                    return code;
                }
            }
        }
        return wanted;
    }

    private static String fold(String text) {
        return Normalizer.normalize(text.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }

    private void settings(Turn turn, String args) {
        MemberProfile profile = turn.profile().orElseThrow();
        String[] words = args.split("\\s+", 2);
        String what = words[0].toLowerCase(Locale.ROOT);
        String value = words.length > 1 ? words[1].strip() : "";
        if (what.equals("country") && !value.isEmpty()) {
            Optional<String> found = Countries.find(value);
            if (found.isEmpty()) {
                turn.replyText("settings.bad-country", "country", Say.quote(value));
                return;
            }
            String country = found.get();
            save(turn, profile.withCountry(country));
            turn.replyText("settings.country-changed", "country", country);
        } else if ((what.equals("timezone") || what.equals("zone")) && !value.isEmpty()) {
            Optional<ZoneId> zone = MemberZone.parse(value);
            if (zone.isEmpty()) {
                turn.replyText("settings.bad-zone", "zone", Say.quote(value));
                return;
            }
            save(turn, profile.withTimeZone(zone.get().getId()));
            turn.replyText("settings.zone-changed", "zone", zone.get().getId());
        } else if (what.isEmpty()) {
            Say say = turn.say();
            turn.reply(List.of(new Part.Text(say.text("settings.summary",
                    "language", say.text("language.self-name"),
                    "country", Optional.ofNullable(profile.country()).orElse(say.text("settings.not-set")),
                    "zone", Optional.ofNullable(profile.timeZone()).orElse(say.text("settings.not-set")),
                    "paused", say.text(profile.paused() ? "settings.yes" : "settings.no")))));
        } else {
            turn.replyText("settings.usage");
        }
    }

    private void setPaused(Turn turn, boolean paused) {
        save(turn, turn.profile().orElseThrow().withPaused(paused));
        turn.replyText(paused ? "settings.paused" : "settings.resumed");
    }

    private static void save(Turn turn, MemberProfile profile) {
        turn.services().members().save(profile);
        turn.profileChanged(profile);
    }

    private static String supported(Turn turn, String language) {
        return turn.services().prompts().languages().contains(language) ? language : turn.services().settings().defaultLanguage();
    }
}
