package app.kindred.core.crisis;

import app.kindred.core.contract.Part;
import app.kindred.core.prompts.Say;
import app.kindred.core.prompts.Template;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Turns the helpline directory into message parts for one member: the lines of their country (call,
 * text or online, with hours), the emergency number, and the international directory. Never empty: a
 * country without lines still gets its emergency number if known and the directory, and an unknown
 * country gets the directory and "your local emergency number".
 */
public final class Signposting {

    /** Which emergency sentence fits the reply (the writer in danger, someone else, abuse, harm to others). */
    public enum Emergency {
        SELF("crisis.emergency-known", "crisis.emergency-unknown"),
        SOMEONE_ELSE("crisis.third-party.emergency-known", "crisis.third-party.emergency-unknown"),
        ABUSE("crisis.abuse.emergency-known", "crisis.abuse.emergency-unknown"),
        HARM("crisis.harm.emergency-known", "crisis.harm.emergency-unknown");

        private final String known;
        private final String unknown;

        Emergency(String known, String unknown) {
            this.known = known;
            this.unknown = unknown;
        }
    }

    private static final int MAX_LINK_PARTS = 2;

    private final HelplineDirectory directory;

    public Signposting(HelplineDirectory directory) {
        this.directory = directory;
    }

    public HelplineDirectory directory() {
        return directory;
    }

    /** The lines for the country, or the sentence saying there are none; always one text part. */
    public Part.Text lines(Say say, Optional<String> countryCode) {
        Optional<CountryHelplines> country = countryCode.flatMap(directory::country);
        if (country.isPresent() && !country.get().lines().isEmpty()) {
            StringBuilder text = new StringBuilder(say.text("crisis.lines-heading", "country", countryName(say, country.get())));
            for (Helpline line : country.get().lines()) {
                text.append('\n').append(line(say, line));
            }
            return new Part.Text(text.toString());
        }
        if (countryCode.isPresent()) {
            String name = country.map(c -> countryName(say, c)).orElseGet(() -> countryName(say, countryCode.get(), null));
            return new Part.Text(say.text("crisis.no-lines", "country", name));
        }
        return new Part.Text(say.text("crisis.no-country"));
    }

    /** Web links of the country's first lines, so a member who cannot call can chat. */
    public List<Part> lineLinks(Optional<String> countryCode) {
        List<Part> links = new ArrayList<>();
        countryCode.flatMap(directory::country).ifPresent(country -> {
            for (Helpline line : country.lines()) {
                if (links.size() < MAX_LINK_PARTS && line.url() != null && line.url().startsWith("https://")) {
                    links.add(new Part.Link(line.name(), line.url()));
                }
            }
        });
        return links;
    }

    public Part.Text emergency(Say say, Optional<String> countryCode, Emergency kind) {
        return new Part.Text(emergencyNumber(countryCode)
                .map(number -> say.text(kind.known, "number", number))
                .orElseGet(() -> say.text(kind.unknown)));
    }

    public Optional<String> emergencyNumber(Optional<String> countryCode) {
        return countryCode.flatMap(directory::country).flatMap(CountryHelplines::emergencyNumber);
    }

    /** The sentence about the international directory and its link. */
    public List<Part> internationalDirectory(Say say) {
        Helpline international = directory.international();
        return List.of(new Part.Text(say.text("crisis.directory", "name", international.name())),
                new Part.Link(international.name(), international.url()));
    }

    /** The first line of the country, as name and ways, for the short reply to a repeated message. */
    public Optional<String[]> firstLine(Say say, Optional<String> countryCode) {
        return countryCode.flatMap(directory::country)
                .filter(country -> !country.lines().isEmpty())
                .map(country -> country.lines().get(0))
                .map(line -> new String[] {line.name(), ways(say, line)});
    }

    private String line(Say say, Helpline line) {
        Template.Markup ways = new Template.Markup(ways(say, line));
        return line.hours() == null || line.hours().isBlank()
                ? say.text("crisis.line", "name", line.name(), "ways", ways)
                : say.text("crisis.line-hours", "name", line.name(), "ways", ways, "hours", line.hours());
    }

    /** "call 116 123 or text SHOUT to 85258", in the member's language; the numbers are escaped. */
    private static String ways(Say say, Helpline line) {
        List<String> ways = new ArrayList<>(3);
        line.phoneNumber().ifPresent(phone -> ways.add(say.text("crisis.way-call", "phone", phone)));
        line.textNumber().ifPresent(number -> ways.add(line.textKeyword()
                .map(keyword -> say.text("crisis.way-text-keyword", "keyword", keyword, "number", number))
                .orElseGet(() -> say.text("crisis.way-text", "number", number))));
        if (ways.isEmpty()) {
            ways.add(say.text("crisis.way-online"));
        }
        String joined = ways.get(0);
        for (int k = 1; k < ways.size(); k++) {
            joined = say.text("crisis.ways-or", "first", new Template.Markup(joined), "second", new Template.Markup(ways.get(k)));
        }
        return joined;
    }

    private static String countryName(Say say, CountryHelplines country) {
        return countryName(say, country.country(), country.name());
    }

    /** The country's name in the member's language, from the JDK's locale data; the directory's English name otherwise. */
    static String countryName(Say say, String code, String englishName) {
        String name = new Locale("", code).getDisplayCountry(Locale.forLanguageTag(say.language()));
        if (name.isBlank() || name.equalsIgnoreCase(code)) {
            return englishName == null ? code : englishName;
        }
        return name;
    }
}
