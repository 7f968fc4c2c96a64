package app.kindred.core.contract;

import java.util.Optional;

/**
 * What the platform tells us about a member's language, country and time zone; each may be unknown.
 *
 * @param language an ISO 639-1 code such as "en", or null
 * @param country  an ISO 3166-1 alpha-2 code such as "GB", or null
 * @param timeZone an IANA zone id such as "Europe/London", or null
 */
public record LocaleHints(String language, String country, String timeZone) {

    public static LocaleHints none() {
        return new LocaleHints(null, null, null);
    }

    public static LocaleHints language(String language) {
        return new LocaleHints(language, null, null);
    }

    public Optional<String> languageHint() {
        return Optional.ofNullable(language).filter(s -> !s.isBlank());
    }

    public Optional<String> countryHint() {
        return Optional.ofNullable(country).filter(s -> !s.isBlank());
    }

    public Optional<String> timeZoneHint() {
        return Optional.ofNullable(timeZone).filter(s -> !s.isBlank());
    }
}
