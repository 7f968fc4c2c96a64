package app.kindred.core.crisis;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The helplines of one country and its emergency number.
 *
 * @param country   ISO 3166-1 alpha-2 code
 * @param name      the country's English name, for lists and reviewers
 * @param emergency the emergency number ("999", "112"), or null when not known
 * @param source    where the emergency number was checked
 * @param checked   the date the emergency number was last checked
 * @param lines     the helplines, most relevant first; empty for a country known only by its emergency number
 */
public record CountryHelplines(String country, String name, String emergency, String source, LocalDate checked,
                               List<Helpline> lines) {

    public CountryHelplines {
        lines = List.copyOf(lines);
    }

    public Optional<String> emergencyNumber() {
        return Optional.ofNullable(emergency);
    }
}
