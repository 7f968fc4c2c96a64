package app.kindred.core.crisis;

import app.kindred.core.contract.Part;
import app.kindred.core.conversation.Turn;
import app.kindred.core.member.Countries;
import app.kindred.core.prompts.Say;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code helplines [country]}: people to talk to now. Without an argument, for the member's country (their
 * setting, then the platform's hint, then the community default); with one, for the country named by
 * its two-letter code or its name in any of Kindred's languages. Never an empty answer: the emergency
 * number where known and the international directory are always there. Works before consent.
 */
public final class HelplinesCommand {

    private final Signposting signposting;

    public HelplinesCommand(Signposting signposting) {
        this.signposting = signposting;
    }

    public void handle(Turn turn, String arguments) {
        CrisisReplies.loadProfileQuietly(turn);
        Say say = turn.say();
        String wanted = arguments.strip();
        Optional<String> country;
        List<Part> parts = new ArrayList<>();
        if (wanted.isEmpty()) {
            country = turn.country();
        } else {
            country = resolve(wanted);
            if (country.isEmpty()) {
                parts.add(new Part.Text(say.text("helplines.unknown-country", "country", Say.quote(wanted))));
            }
        }
        parts.add(signposting.lines(say, country));
        parts.addAll(signposting.lineLinks(country));
        parts.add(signposting.emergency(say, country, Signposting.Emergency.SELF));
        parts.addAll(signposting.internationalDirectory(say));
        parts.add(new Part.Text(say.text("helplines.another-country")));
        turn.reply(parts);
    }

    /**
     * A two-letter code, or a country by its name in English, Spanish, German or French (the directory's own
     * English names first): a real country without helplines is still a country, and gets the directory.
     */
    Optional<String> resolve(String wanted) {
        if (wanted.matches("[A-Za-z]{2}")) {
            String code = wanted.toUpperCase(Locale.ROOT);
            return Countries.isCode(code) || signposting.directory().country(code).isPresent()
                    ? Optional.of(code) : Optional.empty();
        }
        String key = Countries.fold(wanted);
        for (CountryHelplines country : signposting.directory().countries()) {
            if (Countries.fold(country.name()).equals(key)) {
                return Optional.of(country.country());
            }
        }
        return Countries.find(wanted);
    }
}
