package app.kindred.core.crisis;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Period;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The helpline directory stays trustworthy: every entry says where it was checked and when, nothing is
 * older than the configured age (a year unless {@code -Dkindred.helplines.max-age-days} says otherwise),
 * and enough countries are covered.
 */
class HelplineDirectoryTest {

    private static final Period MAX_AGE = Period.ofDays(Integer.getInteger("kindred.helplines.max-age-days", 365));
    private final YamlHelplineDirectory directory = YamlHelplineDirectory.bundled();

    @Test
    void every_entry_has_a_source_and_a_recent_date() {
        assertThat(directory.problems(LocalDate.now(), MAX_AGE)).isEmpty();
    }

    @Test
    void at_least_thirty_countries_have_helplines() {
        long withLines = directory.countries().stream().filter(c -> !c.lines().isEmpty()).count();
        assertThat(withLines).isGreaterThanOrEqualTo(30);
    }

    @Test
    void every_country_listed_names_its_own_emergency_number() {
        assertThat(directory.countries()).allSatisfy(country ->
                assertThat(country.emergencyNumber()).as(country.country()).isPresent());
    }

    @Test
    void a_missing_source_or_date_or_a_stale_entry_is_caught() {
        String yaml = """
                international: {name: "Find A Helpline", url: "https://findahelpline.com", source: "https://findahelpline.com", checked: 2026-01-01}
                countries:
                  "GB":
                    name: United Kingdom
                    emergency: "999"
                    lines:
                      - {name: "No source", phone: "1", checked: 2026-01-01}
                      - {name: "No date", phone: "2", source: "https://example.org"}
                      - {name: "Old", phone: "3", source: "https://example.org", checked: 2020-01-01}
                """;
        YamlHelplineDirectory broken = YamlHelplineDirectory.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
        assertThat(broken.problems(LocalDate.of(2026, 6, 1), Period.ofYears(1)))
                .anyMatch(p -> p.contains("No source has no source URL"))
                .anyMatch(p -> p.contains("No date has no date checked"))
                .anyMatch(p -> p.contains("Old was last checked on 2020-01-01"))
                .anyMatch(p -> p.contains("GB emergency number has no source URL"));
    }

    @Test
    void a_country_is_found_by_code_in_any_case() {
        assertThat(directory.country("gb")).isPresent();
        assertThat(directory.country(" NO ")).isPresent();
        assertThat(directory.country("XX")).isEmpty();
        assertThat(directory.country(null)).isEmpty();
    }
}
