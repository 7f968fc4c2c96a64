package app.kindred.core.conversation;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * Settings the core runs with, as plain values (the app maps its configuration into this).
 *
 * @param defaultLanguage    language when neither the member nor the platform says
 * @param defaultCountry     country for signposting when nothing better is known, or null
 * @param defaultTimeZone    zone for check-ins when the member has not set one
 * @param moodRetention      how long mood entries are kept
 * @param floodLimit         events a member may send within {@code floodWindow} before Kindred slows them
 * @param floodWindow        the window of the flood limit
 * @param maxTextLength      longest free text Kindred reads; longer gets a clear reply
 * @param promptValidity     how long an ordinary button stays pressable
 */
public record CoreSettings(String defaultLanguage, String defaultCountry, ZoneId defaultTimeZone,
                           Duration moodRetention, int floodLimit, Duration floodWindow, int maxTextLength,
                           Duration promptValidity) {

    public CoreSettings {
        Objects.requireNonNull(defaultLanguage, "defaultLanguage");
        Objects.requireNonNull(defaultTimeZone, "defaultTimeZone");
        Objects.requireNonNull(moodRetention, "moodRetention");
        Objects.requireNonNull(floodWindow, "floodWindow");
        Objects.requireNonNull(promptValidity, "promptValidity");
        if (floodLimit < 1 || maxTextLength < 1) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    public static CoreSettings defaults() {
        return new CoreSettings("en", null, ZoneId.of("UTC"), Duration.ofDays(365), 30, Duration.ofMinutes(1),
                4000, Duration.ofDays(2));
    }

    public Optional<String> defaultCountryCode() {
        return Optional.ofNullable(defaultCountry);
    }
}
