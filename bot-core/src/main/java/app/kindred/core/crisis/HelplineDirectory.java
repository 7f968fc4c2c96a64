package app.kindred.core.crisis;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Port to the helpline directory kept in prompts/helplines.yml. */
public interface HelplineDirectory {

    Optional<CountryHelplines> country(String countryCode);

    Collection<CountryHelplines> countries();

    /** A directory of helplines for every country, for anyone whose country has no entry. */
    Helpline international();

    /**
     * What is wrong with the directory on a given day: an entry without a source or a date, or one checked
     * longer ago than {@code maxAge}. Numbers go stale, so the test suite runs this against today.
     */
    default List<String> problems(LocalDate today, Period maxAge) {
        List<String> problems = new ArrayList<>();
        LocalDate oldest = today.minus(maxAge);
        check("international directory", international().source(), international().checked(), oldest, problems);
        for (CountryHelplines country : countries()) {
            if (country.emergency() != null) {
                check(country.country() + " emergency number", country.source(), country.checked(), oldest, problems);
            }
            if (country.emergency() == null && country.lines().isEmpty()) {
                problems.add(country.country() + " has neither an emergency number nor a helpline");
            }
            for (Helpline line : country.lines()) {
                String what = country.country() + " " + line.name();
                check(what, line.source(), line.checked(), oldest, problems);
                if (line.phone() == null && line.text() == null && line.url() == null) {
                    problems.add(what + " has no way to reach it");
                }
            }
        }
        return problems;
    }

    private static void check(String what, String source, LocalDate checked, LocalDate oldest, List<String> problems) {
        if (source == null || !source.startsWith("https://") && !source.startsWith("http://")) {
            problems.add(what + " has no source URL");
        }
        if (checked == null) {
            problems.add(what + " has no date checked");
        } else if (checked.isBefore(oldest)) {
            problems.add(what + " was last checked on " + checked + ", too long ago");
        }
    }
}
