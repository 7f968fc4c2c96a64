package app.kindred.discord;

import app.kindred.core.delivery.OutboxSettings;
import app.kindred.core.delivery.OutboxTuning;
import org.springframework.boot.context.properties.ConfigurationProperties;

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
    /** Discord's limits and how hard the outbox retries. */
    private final OutboxTuning outbox = new OutboxTuning(DiscordSettings.defaultOutbox());

    /** Checks everything and fails with one sentence saying what to fix. */
    public DiscordSettings toSettings() {
        try {
            OutboxSettings outboxSettings = outbox.toSettings("kindred.discord.outbox");
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

    public OutboxTuning getOutbox() {
        return outbox;
    }

    /** The token never appears in logs or error reports. */
    @Override
    public String toString() {
        return "DiscordProperties[apiUrl=" + apiUrl + ", gatewayUrl=" + gatewayUrl + ", serverId=" + serverId + "]";
    }
}
