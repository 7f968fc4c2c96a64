package app.kindred.app.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * Everything under {@code kindred.*}, as Spring binds it from application.yml, the environment
 * ({@code KINDRED_DEFAULT_TIME_ZONE} for {@code kindred.default-time-zone}) or the command line.
 * Core settings left empty take the core's own defaults; {@link KindredSettings} validates and maps
 * them into plain core records.
 *
 * @param store           which store holds member data: embedded (the default) or redis
 * @param dataDir         where the embedded store and the key file live
 * @param promptsDir      an edited copy of the prompts folder to read instead of the bundled one
 * @param defaultLanguage language when neither the member nor the platform says
 * @param defaultCountry  two-letter country for helplines when nothing better is known
 * @param defaultTimeZone IANA zone for check-ins when a member has not chosen one
 * @param moodRetention   how long mood entries are kept
 * @param floodLimit      events a member may send within the flood window
 * @param floodWindow     the window of the flood limit
 * @param maxTextLength   longest free text Kindred reads
 * @param promptValidity  how long an ordinary button stays pressable
 * @param clockTick       how often the clock ticks (due check-ins, expiring invitations)
 * @param keys            the three keys, when they come from configuration rather than the key file
 */
@ConfigurationProperties("kindred")
public record KindredProperties(
        @DefaultValue("embedded") StoreKind store,
        @DefaultValue("./data") String dataDir,
        String promptsDir,
        String defaultLanguage,
        String defaultCountry,
        String defaultTimeZone,
        Duration moodRetention,
        Integer floodLimit,
        Duration floodWindow,
        Integer maxTextLength,
        Duration promptValidity,
        @DefaultValue("15s") Duration clockTick,
        @DefaultValue Keys keys) {

    /** The stores Kindred knows: the embedded file store, or Redis at {@code kindred.redis.url}. */
    public enum StoreKind { EMBEDDED, REDIS }

    /**
     * The three 32-byte keys in base64. Set all three (production, several instances) or none (the key
     * file in the data directory is used, and created on first start).
     */
    public record Keys(String pseudonym, String address, String button) {

        /** Keys are secrets: they never appear in logs or error messages. */
        @Override
        public String toString() {
            return "Keys[hidden]";
        }
    }
}
