package app.kindred.telegram;

import app.kindred.core.delivery.OutboxSettings;
import app.kindred.core.delivery.OutboxTuning;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code kindred.telegram.*} configuration, as Spring binds it (environment variables such as
 * {@code KINDRED_TELEGRAM_TOKEN} included). {@link #toSettings()} checks it and copies it into the
 * plain {@link TelegramSettings} the adapter runs with.
 */
@ConfigurationProperties(prefix = "kindred.telegram")
public class TelegramProperties {

    /** The bot token from @BotFather; the adapter starts only when it is set. */
    private String token;
    /** The Bot API base URL, for a proxy or a local fake. */
    private String apiUrl = "https://api.telegram.org";
    /** polling (the default) or webhook. */
    private String mode = "polling";
    private final Webhook webhook = new Webhook();
    /** Telegram's limits (about 30 messages a second, one a second per chat, 20 a minute per group) and retries. */
    private final OutboxTuning outbox = new OutboxTuning(OutboxSettings.telegram());

    /** Webhook mode: where Telegram posts updates and the secret it proves itself with. */
    public static class Webhook {
        /** The public https:// address of this server. */
        private String publicUrl;
        /** The path of the webhook endpoint on this server. */
        private String path = "/telegram/webhook";
        /** 1-256 of A-Z, a-z, 0-9, _ and -; Telegram sends it back in X-Telegram-Bot-Api-Secret-Token. */
        private String secret;

        public String getPublicUrl() {
            return publicUrl;
        }

        public void setPublicUrl(String publicUrl) {
            this.publicUrl = publicUrl;
        }

        public String getPath() {
            return path;
        }

        public void setPath(String path) {
            this.path = path;
        }

        public String getSecret() {
            return secret;
        }

        public void setSecret(String secret) {
            this.secret = secret;
        }
    }

    /** Checks everything and fails with one sentence saying what to fix. */
    public TelegramSettings toSettings() {
        try {
            OutboxSettings outboxSettings = outbox.toSettings("kindred.telegram.outbox");
            return new TelegramSettings(token, TelegramSettings.apiUrl(apiUrl), TelegramSettings.mode(mode),
                    webhook.publicUrl, webhook.path, webhook.secret, outboxSettings);
        } catch (IllegalArgumentException e) {
            throw new TelegramSetupException(e.getMessage());
        }
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getApiUrl() {
        return apiUrl;
    }

    public void setApiUrl(String apiUrl) {
        this.apiUrl = apiUrl;
    }

    public String getMode() {
        return mode;
    }

    public void setMode(String mode) {
        this.mode = mode;
    }

    public Webhook getWebhook() {
        return webhook;
    }

    public OutboxTuning getOutbox() {
        return outbox;
    }

    /** The token never appears in logs or error reports. */
    @Override
    public String toString() {
        return "TelegramProperties[apiUrl=" + apiUrl + ", mode=" + mode + "]";
    }
}
