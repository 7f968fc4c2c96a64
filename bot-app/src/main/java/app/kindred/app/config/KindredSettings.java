package app.kindred.app.config;

import app.kindred.core.conversation.CoreSettings;
import app.kindred.core.member.Secrets;

import java.nio.file.InvalidPathException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Checks {@link KindredProperties} and maps them into the plain values the core takes. Every refusal is a
 * {@link BadSettingException} whose message is one sentence: the key, the value, and what to put there.
 */
public final class KindredSettings {

    private static final Duration FASTEST_TICK = Duration.ofSeconds(1);
    private static final Duration SLOWEST_TICK = Duration.ofMinutes(1);
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private KindredSettings() {
    }

    /** The core's settings: what is configured, and the core's defaults for the rest. */
    public static CoreSettings core(KindredProperties properties, Collection<String> languages) {
        CoreSettings defaults = CoreSettings.defaults();
        return new CoreSettings(
                language(properties.defaultLanguage(), defaults.defaultLanguage(), languages),
                country(properties.defaultCountry()),
                timeZone(properties.defaultTimeZone(), defaults.defaultTimeZone()),
                positive("kindred.mood-retention", properties.moodRetention(), defaults.moodRetention(), "365d"),
                atLeastOne("kindred.flood-limit", properties.floodLimit(), defaults.floodLimit()),
                positive("kindred.flood-window", properties.floodWindow(), defaults.floodWindow(), "1m"),
                atLeastOne("kindred.max-text-length", properties.maxTextLength(), defaults.maxTextLength()),
                positive("kindred.prompt-validity", properties.promptValidity(), defaults.promptValidity(), "2d"));
    }

    /** Every check that needs nothing but the settings themselves; the default language waits for the prompts. */
    public static void checkWithoutPrompts(KindredProperties properties) {
        dataDir(properties.dataDir());
        promptsDir(properties.promptsDir());
        clockTick(properties.clockTick());
        configuredKeys(properties.keys());
        CoreSettings defaults = CoreSettings.defaults();
        country(properties.defaultCountry());
        timeZone(properties.defaultTimeZone(), defaults.defaultTimeZone());
        positive("kindred.mood-retention", properties.moodRetention(), defaults.moodRetention(), "365d");
        atLeastOne("kindred.flood-limit", properties.floodLimit(), defaults.floodLimit());
        positive("kindred.flood-window", properties.floodWindow(), defaults.floodWindow(), "1m");
        atLeastOne("kindred.max-text-length", properties.maxTextLength(), defaults.maxTextLength());
        positive("kindred.prompt-validity", properties.promptValidity(), defaults.promptValidity(), "2d");
    }

    public static Path dataDir(String dataDir) {
        Path path = path("kindred.data-dir", dataDir)
                .orElseThrow(() -> new BadSettingException("kindred.data-dir", "kindred.data-dir is empty: "
                        + "use a directory Kindred may write to, such as ./data."));
        if (Files.exists(path) && !Files.isDirectory(path)) {
            throw new BadSettingException("kindred.data-dir", "kindred.data-dir is '" + dataDir + "', which is a "
                    + "file, not a directory: use a directory Kindred may write to, such as ./data.");
        }
        return path;
    }

    /** The edited prompts folder, when one is configured; it must hold an index.yml like the bundled one. */
    public static Optional<Path> promptsDir(String promptsDir) {
        Optional<Path> path = path("kindred.prompts-dir", promptsDir);
        if (path.isPresent() && !Files.isRegularFile(path.get().resolve("index.yml"))) {
            throw new BadSettingException("kindred.prompts-dir", "kindred.prompts-dir is '" + promptsDir
                    + "', which has no index.yml: point it at a copy of the prompts folder, or leave it empty "
                    + "to use the prompts bundled with Kindred.");
        }
        return path;
    }

    public static Duration clockTick(Duration tick) {
        if (tick.compareTo(FASTEST_TICK) < 0 || tick.compareTo(SLOWEST_TICK) > 0) {
            throw new BadSettingException("kindred.clock-tick", "kindred.clock-tick must be from 1s to 60s, "
                    + "because check-ins are due by the minute: use 15s, for example.");
        }
        return tick;
    }

    /**
     * The keys from configuration, or empty when none is set (the key file is used then). Values are
     * never repeated in a message: they are secrets.
     */
    public static Optional<Secrets> configuredKeys(KindredProperties.Keys keys) {
        List<String> names = List.of("pseudonym", "address", "button");
        List<String> values = Arrays.asList(keys.pseudonym(), keys.address(), keys.button());
        long set = values.stream().filter(KindredSettings::hasText).count();
        if (set == 0) {
            return Optional.empty();
        }
        for (int i = 0; i < names.size(); i++) {
            if (!hasText(values.get(i))) {
                throw new BadSettingException("kindred.keys." + names.get(i), "kindred.keys." + names.get(i)
                        + " is missing while other kindred.keys are set: set all three keys (java -jar "
                        + "kindred-exec.jar keys makes them), or none to use the key file in kindred.data-dir.");
            }
        }
        byte[][] decoded = new byte[3][];
        for (int i = 0; i < names.size(); i++) {
            decoded[i] = key("kindred.keys." + names.get(i), values.get(i));
        }
        return Optional.of(new Secrets(decoded[0], decoded[1], decoded[2]));
    }

    private static byte[] key(String name, String base64) {
        byte[] key;
        try {
            key = java.util.Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException notBase64) {
            key = new byte[0];
        }
        if (key.length != 32) {
            throw new BadSettingException(name, name + " is not 32 bytes in base64: use a key that "
                    + "java -jar kindred-exec.jar keys makes (its value is not shown here, it is a secret).");
        }
        return key;
    }

    private static String language(String language, String fallback, Collection<String> languages) {
        if (!hasText(language)) {
            return fallback;
        }
        String code = language.strip().toLowerCase(Locale.ROOT);
        if (!languages.contains(code)) {
            throw new BadSettingException("kindred.default-language", "kindred.default-language is '" + language
                    + "', which Kindred has no words for: use one of " + String.join(", ", languages) + ".");
        }
        return code;
    }

    private static String country(String country) {
        if (!hasText(country)) {
            return null;
        }
        String code = country.strip().toUpperCase(Locale.ROOT);
        if (!COUNTRIES.contains(code)) {
            throw new BadSettingException("kindred.default-country", "kindred.default-country is '" + country
                    + "', which is not a country code: use two letters (ISO 3166-1) such as GB, or leave it empty.");
        }
        return code;
    }

    private static ZoneId timeZone(String zone, ZoneId fallback) {
        if (!hasText(zone)) {
            return fallback;
        }
        try {
            return ZoneId.of(zone.strip());
        } catch (DateTimeException notAZone) {
            throw new BadSettingException("kindred.default-time-zone", "kindred.default-time-zone is '" + zone
                    + "', which is not a time zone: use an IANA name such as Europe/London.", notAZone);
        }
    }

    private static Duration positive(String key, Duration value, Duration fallback, String example) {
        return checked(key, value, fallback, d -> !d.isNegative() && !d.isZero(),
                d -> key + " is not a positive duration: use one such as " + example + ".");
    }

    private static int atLeastOne(String key, Integer value, int fallback) {
        return checked(key, value, fallback, n -> n >= 1,
                n -> key + " is '" + n + "': use a whole number of at least 1, such as " + fallback + ".");
    }

    private static <T> T checked(String key, T value, T fallback, java.util.function.Predicate<T> ok,
                                 Function<T, String> sentence) {
        if (value == null) {
            return fallback;
        }
        if (!ok.test(value)) {
            throw new BadSettingException(key, sentence.apply(value));
        }
        return value;
    }

    private static Optional<Path> path(String key, String value) {
        if (!hasText(value)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Path.of(value.strip()));
        } catch (InvalidPathException e) {
            throw new BadSettingException(key, key + " is '" + value + "', which is not a path: use a directory "
                    + "path such as ./data.", e);
        }
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }
}
