package app.kindred.discord;

import app.kindred.core.delivery.OutboxSettings;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * The {@code kindred.discord.*} configuration, as Spring binds it (environment variables such as
 * {@code KINDRED_DISCORD_TOKEN} included). {@link #toSettings()} checks it and copies it into the plain
 * {@link DiscordSettings} the adapter runs with.
 */
@ConfigurationProperties(prefix = "kindred.discord")
public class DiscordProperties {

    /** The bot token from the Developer Portal; the adapter starts only when it is set. */
    private String token;
    /** The REST base URL, for a proxy or a local fake. */
    private String apiUrl = DiscordSettings.DEFAULT_API_URL;
    /** The gateway's address; empty asks Discord for it (through the REST base URL). */
    private String gatewayUrl;
    /** The id of the server Kindred serves: the community members, safety contacts and topics belong to. */
    private String serverId;
    /** The text channel in which groups get private threads; empty: groups meet as relay circles. */
    private String groupsChannel;
    /** Ask for the privileged MESSAGE_CONTENT intent, to read messages in servers that do not mention Kindred. */
    private boolean messageContent;
    private final Outbox outbox = new Outbox();

    /** Discord's limits and how hard the outbox retries. */
    public static class Outbox {
        /** Calls per second overall (Discord allows 50 for a bot; JDA's acknowledgements need some room). */
        private double perSecond = 40;
        /** Calls that may go back to back before the overall rate applies. */
        private int burst = 5;
        /** Spacing of messages to one member (Discord: 5 per 5 seconds per channel). */
        private Duration perChat = Duration.ofSeconds(1);
        /** Spacing of messages to one group thread. */
        private Duration perGroup = Duration.ofSeconds(1);
        /** Messages one conversation may get back to back (a reply and its chart). */
        private int chatBurst = 5;
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
    public DiscordSettings toSettings() {
        OutboxSettings outboxSettings;
        try {
            outboxSettings = outbox.toSettings();
        } catch (IllegalArgumentException e) {
            throw new DiscordSetupException("kindred.discord.outbox: " + e.getMessage());
        }
        try {
            return new DiscordSettings(token,
                    DiscordSettings.uri("kindred.discord.api-url", apiUrl == null || apiUrl.isBlank() ? DiscordSettings.DEFAULT_API_URL : apiUrl,
                            DiscordSettings.DEFAULT_API_URL),
                    DiscordSettings.uri("kindred.discord.gateway-url", gatewayUrl, "wss://gateway.discord.gg"),
                    serverId, groupsChannel, messageContent, outboxSettings);
        } catch (IllegalArgumentException e) {
            throw new DiscordSetupException(e.getMessage());
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

    public String getGatewayUrl() {
        return gatewayUrl;
    }

    public void setGatewayUrl(String gatewayUrl) {
        this.gatewayUrl = gatewayUrl;
    }

    public String getServerId() {
        return serverId;
    }

    public void setServerId(String serverId) {
        this.serverId = serverId;
    }

    public String getGroupsChannel() {
        return groupsChannel;
    }

    public void setGroupsChannel(String groupsChannel) {
        this.groupsChannel = groupsChannel;
    }

    public boolean isMessageContent() {
        return messageContent;
    }

    public void setMessageContent(boolean messageContent) {
        this.messageContent = messageContent;
    }

    public Outbox getOutbox() {
        return outbox;
    }

    /** The token never appears in logs or error reports. */
    @Override
    public String toString() {
        return "DiscordProperties[apiUrl=" + apiUrl + ", gatewayUrl=" + gatewayUrl + ", serverId=" + serverId + "]";
    }
}
