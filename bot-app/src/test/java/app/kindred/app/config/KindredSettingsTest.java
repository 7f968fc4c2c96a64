package app.kindred.app.config;

import app.kindred.core.conversation.CoreSettings;
import app.kindred.core.member.Secrets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Each refusal names its key and says what to put there, in one sentence; good values reach the core as given. */
class KindredSettingsTest {

    private static final List<String> LANGUAGES = List.of("en", "es", "de", "fr");

    @Test
    void nothing_configured_gives_the_embedded_store_under_data_and_the_core_defaults() {
        KindredProperties nothingSet = properties();

        assertThat(nothingSet.store()).isEqualTo(KindredProperties.StoreKind.EMBEDDED);
        assertThat(nothingSet.dataDir()).isEqualTo("./data");
        assertThat(nothingSet.clockTick()).isEqualTo(Duration.ofSeconds(15));
        assertThat(KindredSettings.core(nothingSet, LANGUAGES)).isEqualTo(CoreSettings.defaults());
    }

    @Test
    void configured_values_reach_the_core() {
        CoreSettings core = KindredSettings.core(properties("default-language", "DE",
                "default-country", "gb", "default-time-zone", "Europe/Berlin", "mood-retention", "90d"), LANGUAGES);

        assertThat(core.defaultLanguage()).isEqualTo("de");
        assertThat(core.defaultCountry()).isEqualTo("GB");
        assertThat(core.defaultTimeZone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(core.moodRetention()).isEqualTo(Duration.ofDays(90));
    }

    @Test
    void every_setting_can_come_from_an_environment_variable() {
        Map<String, Object> environment = Map.of("KINDRED_DEFAULT_TIME_ZONE", "America/Chicago",
                "KINDRED_DATA_DIR", "/var/lib/kindred", "KINDRED_CLOCK_TICK", "30s", "KINDRED_KEYS_BUTTON", "b");
        MutablePropertySources sources = new MutablePropertySources();
        sources.addFirst(new SystemEnvironmentPropertySource(
                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, environment));

        KindredProperties fromEnvironment = new Binder(ConfigurationPropertySources.from(sources))
                .bindOrCreate("kindred", KindredProperties.class);

        assertThat(fromEnvironment.defaultTimeZone()).isEqualTo("America/Chicago");
        assertThat(fromEnvironment.dataDir()).isEqualTo("/var/lib/kindred");
        assertThat(fromEnvironment.clockTick()).isEqualTo(Duration.ofSeconds(30));
        assertThat(fromEnvironment.keys().button()).isEqualTo("b");
    }

    @Test
    void an_unknown_time_zone_is_refused_with_the_sentence_that_says_what_to_use() {
        assertRefused(() -> KindredSettings.core(properties("default-time-zone", "Mars/Olympus"), LANGUAGES),
                "kindred.default-time-zone",
                "kindred.default-time-zone is 'Mars/Olympus', which is not a time zone: use an IANA name such as Europe/London.");
    }

    @Test
    void a_language_kindred_has_no_words_for_is_refused() {
        assertRefused(() -> KindredSettings.core(properties("default-language", "tlh"), LANGUAGES),
                "kindred.default-language",
                "kindred.default-language is 'tlh', which Kindred has no words for: use one of en, es, de, fr.");
    }

    @Test
    void a_country_name_instead_of_a_code_is_refused() {
        assertRefused(() -> KindredSettings.core(properties("default-country", "England"), LANGUAGES),
                "kindred.default-country",
                "kindred.default-country is 'England', which is not a country code: use two letters (ISO 3166-1) such as GB, or leave it empty.");
    }

    @Test
    void a_zero_retention_is_refused() {
        assertRefused(() -> KindredSettings.core(properties("mood-retention", "0s"), LANGUAGES),
                "kindred.mood-retention", "kindred.mood-retention is not a positive duration: use one such as 365d.");
    }

    @Test
    void a_clock_slower_than_a_minute_is_refused() {
        assertThat(KindredSettings.clockTick(Duration.ofSeconds(15))).isEqualTo(Duration.ofSeconds(15));
        assertRefused(() -> KindredSettings.clockTick(Duration.ofMinutes(5)), "kindred.clock-tick",
                "kindred.clock-tick must be from 1s to 60s, because check-ins are due by the minute: use 15s, for example.");
    }

    @Test
    void a_data_dir_that_is_a_file_is_refused(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("oops"), "");

        assertRefused(() -> KindredSettings.dataDir(file.toString()), "kindred.data-dir",
                "kindred.data-dir is '" + file + "', which is a file, not a directory: use a directory Kindred may write to, such as ./data.");
    }

    @Test
    void a_prompts_dir_without_an_index_is_refused(@TempDir Path dir) {
        assertRefused(() -> KindredSettings.promptsDir(dir.toString()), "kindred.prompts-dir",
                "kindred.prompts-dir is '" + dir + "', which has no index.yml: point it at a copy of the prompts folder, "
                        + "or leave it empty to use the prompts bundled with Kindred.");
        assertThat(KindredSettings.promptsDir("")).isEmpty();
    }

    @Test
    void no_configured_keys_means_the_key_file() {
        assertThat(KindredSettings.configuredKeys(new KindredProperties.Keys(null, " ", null))).isEmpty();
    }

    @Test
    void three_configured_keys_are_used() {
        String a = key(1);
        String b = key(2);
        String c = key(3);

        Secrets secrets = KindredSettings.configuredKeys(new KindredProperties.Keys(a, b, c)).orElseThrow();

        assertThat(secrets.buttonKey()).isEqualTo(Base64.getDecoder().decode(c));
    }

    @Test
    void one_key_missing_is_refused_by_name() {
        assertRefused(() -> KindredSettings.configuredKeys(new KindredProperties.Keys(key(1), null, key(3))),
                "kindred.keys.address", "kindred.keys.address is missing while other kindred.keys are set: set all three "
                        + "keys (java -jar kindred-exec.jar keys makes them), or none to use the key file in kindred.data-dir.");
    }

    @Test
    void a_short_key_is_refused_without_repeating_the_secret() {
        String tooShort = Base64.getEncoder().encodeToString("sixteen-byte-key".getBytes());

        assertThatThrownBy(() -> KindredSettings.configuredKeys(new KindredProperties.Keys(key(1), key(2), tooShort)))
                .isInstanceOf(BadSettingException.class)
                .hasMessageStartingWith("kindred.keys.button is not 32 bytes in base64")
                .hasMessageNotContaining(tooShort);
    }

    private static String key(int seed) {
        byte[] bytes = new byte[32];
        java.util.Arrays.fill(bytes, (byte) seed);
        return Base64.getEncoder().encodeToString(bytes);
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String key, String sentence) {
        assertThatThrownBy(call).isInstanceOfSatisfying(BadSettingException.class, refused -> {
            assertThat(refused.key()).isEqualTo(key);
            assertThat(refused.getMessage()).isEqualTo(sentence);
        });
    }

    /** Binds kindred.* the way Spring does at start, from name/value pairs without the prefix. */
    private static KindredProperties properties(String... namesAndValues) {
        Map<String, String> source = new HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            source.put("kindred." + namesAndValues[i], namesAndValues[i + 1]);
        }
        return new Binder(new MapConfigurationPropertySource(source)).bindOrCreate("kindred", KindredProperties.class);
    }
}
