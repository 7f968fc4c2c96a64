package app.kindred.telegram;

import app.kindred.core.delivery.OutboxSettings;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

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
    private final Outbox outbox = new Outbox();

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

    /** Telegram's limits and how hard the outbox retries. */
    public static class Outbox {
        /** Messages per second overall (Telegram allows about 30). */
        private double perSecond = 30;
        /** Messages that may go back to back before the overall rate applies. */
        private int burst = 3;
        /** Spacing of messages to one member (Telegram: about one a second). */
        private Duration perChat = Duration.ofSeconds(1);
        /** Spacing of messages to one group (Telegram: about 20 a minute). */
        private Duration perGroup = Duration.ofSeconds(3);
        /** Messages one chat may get back to back (a reply and its chart). */
        private int chatBurst = 3;
        /** Sending threads. */
        private int workers = 8;
        /** Attempts of one call before giving up. */
        private int maxAttempts = 5;
        private Duration backoff = Duration.ofMillis(500);
        private Duration maxBackoff = Duration.ofSeconds(30);
        /** How long shutdown waits for queued messages. */
        private Duration drainOnClose = Duration.ofSeconds(5);

        OutboxSettings toSettings() {
            return OutboxSettings.telegram()
                    .withRate(perSecond, burst)
                    .withConversation(perChat, perGroup, chatBurst)
                    .withWorkers(workers)
                    .withRetries(maxAttempts, backoff, maxBackoff)
                    .withDrainOnClose(drainOnClose);
        }

        public double getPerSecond() {
            return perSecond;
        }

        public void setPerSecond(double perSecond) {
            this.perSecond = perSecond;
        }

        public int getBurst() {
            return burst;
        }

        public void setBurst(int burst) {
            this.burst = burst;
        }

        public Duration getPerChat() {
            return perChat;
        }

        public void setPerChat(Duration perChat) {
            this.perChat = perChat;
        }

        public Duration getPerGroup() {
            return perGroup;
        }

        public void setPerGroup(Duration perGroup) {
            this.perGroup = perGroup;
        }

        public int getChatBurst() {
            return chatBurst;
        }

        public void setChatBurst(int chatBurst) {
            this.chatBurst = chatBurst;
        }

        public int getWorkers() {
            return workers;
        }

        public void setWorkers(int workers) {
            this.workers = workers;
        }

        public int getMaxAttempts() {
            return maxAttempts;
        }

        public void setMaxAttempts(int maxAttempts) {
            this.maxAttempts = maxAttempts;
        }

        public Duration getBackoff() {
            return backoff;
        }

        public void setBackoff(Duration backoff) {
            this.backoff = backoff;
        }

        public Duration getMaxBackoff() {
            return maxBackoff;
        }

        public void setMaxBackoff(Duration maxBackoff) {
            this.maxBackoff = maxBackoff;
        }

        public Duration getDrainOnClose() {
            return drainOnClose;
        }

        public void setDrainOnClose(Duration drainOnClose) {
            this.drainOnClose = drainOnClose;
        }
    }

    /** Checks everything and fails with one sentence saying what to fix. */
    public TelegramSettings toSettings() {
        OutboxSettings outboxSettings;
        try {
            outboxSettings = outbox.toSettings();
        } catch (IllegalArgumentException e) {
            throw new TelegramSetupException("kindred.telegram.outbox: " + e.getMessage());
        }
        try {
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

    public Outbox getOutbox() {
        return outbox;
    }

    /** The token never appears in logs or error reports. */
    @Override
    public String toString() {
        return "TelegramProperties[apiUrl=" + apiUrl + ", mode=" + mode + "]";
    }
}
