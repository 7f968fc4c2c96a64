package app.kindred.core.contract;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What the platform tells us about a member's language, country and time zone; each may be unknown.
 *
 * @param language an ISO 639-1 code such as "en", or null
 * @param country  an ISO 3166-1 alpha-2 code such as "GB", or null
 * @param timeZone an IANA zone id such as "Europe/London", or null
 */
public record LocaleHints(String language, String country, String timeZone) {

    private static final Set<String> ISO_COUNTRIES = Set.of(Locale.getISOCountries());

    public static LocaleHints none() {
        return new LocaleHints(null, null, null);
    }

    public static LocaleHints language(String language) {
        return new LocaleHints(language, null, null);
    }

    public Optional<String> languageHint() {
        return Optional.ofNullable(language).filter(s -> !s.isBlank());
    }

    /** The country, when it is one: a platform or browser may send a region such as "ZZ" that names none. */
    public Optional<String> countryHint() {
        return Optional.ofNullable(country).filter(s -> ISO_COUNTRIES.contains(s.toUpperCase(Locale.ROOT)));
    }

    public Optional<String> timeZoneHint() {
        return Optional.ofNullable(timeZone).filter(s -> !s.isBlank());
    }
}
