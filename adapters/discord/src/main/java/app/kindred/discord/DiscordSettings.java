package app.kindred.discord;

import app.kindred.core.delivery.OutboxSettings;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The Discord adapter's settings as plain, checked values. Every check fails with one sentence that says
 * what to fix, and none of them repeats the token.
 *
 * @param token          the bot token from the Developer Portal
 * @param apiUrl         the REST base URL, ending in {@code /api/v10/} (a proxy or a local fake in tests)
 * @param gatewayUrl     the gateway's ws(s):// address, or null to ask Discord for it
 * @param community      the community every Discord member belongs to: the server id Kindred serves, or
 *                       {@value #ONE_AUDIENCE} when none is configured
 * @param groupsChannel  the text channel whose private threads groups meet in, or empty: groups then relay
 * @param messageContent whether the privileged MESSAGE_CONTENT intent is asked for
 * @param outbox         the pacing and retry settings of Discord's outbox
 */
public record DiscordSettings(String token, URI apiUrl, URI gatewayUrl, String community, String groupsChannel,
                              boolean messageContent, OutboxSettings outbox) {

    /** The community of every member when no server is configured: Discord user ids are global. */
    public static final String ONE_AUDIENCE = "direct";
    public static final String DEFAULT_API_URL = "https://discord.com/api/v10/";

    /** Three dot-separated base64url parts: the bot id, a timestamp and an HMAC. */
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{16,40}\\.[A-Za-z0-9_-]{4,12}\\.[A-Za-z0-9_-]{20,80}");
    private static final Pattern SNOWFLAKE = Pattern.compile("[0-9]{15,25}");

    public DiscordSettings {
        Objects.requireNonNull(outbox, "outbox");
        if (token == null || !TOKEN.matcher(token.strip()).matches() || botIdOf(token.strip()) == null) {
            throw new IllegalArgumentException("KINDRED_DISCORD_TOKEN (kindred.discord.token) is not a Discord bot token: "
                    + "copy the token from the Bot page of your application in the Discord Developer Portal, "
                    + "three parts separated by dots");
        }
        token = token.strip();
        if (apiUrl == null || apiUrl.getHost() == null
                || !"http".equals(apiUrl.getScheme()) && !"https".equals(apiUrl.getScheme())
                || apiUrl.getPath() == null || !apiUrl.getPath().endsWith("/api/v10/")) {
            throw new IllegalArgumentException("kindred.discord.api-url must be an http(s) address ending in /api/v10/, "
                    + "like " + DEFAULT_API_URL);
        }
        if (gatewayUrl != null && (gatewayUrl.getHost() == null
                || !"ws".equals(gatewayUrl.getScheme()) && !"wss".equals(gatewayUrl.getScheme()))) {
            throw new IllegalArgumentException("kindred.discord.gateway-url must be a ws:// or wss:// address, "
                    + "like wss://gateway.discord.gg, or be left out to ask Discord for it");
        }
        community = community == null || community.isBlank() ? ONE_AUDIENCE : community.strip();
        if (!community.equals(ONE_AUDIENCE) && !SNOWFLAKE.matcher(community).matches()) {
            throw new IllegalArgumentException("kindred.discord.server-id must be the numeric id of your Discord server "
                    + "(right-click the server with Developer Mode on, then Copy Server ID)");
        }
        groupsChannel = groupsChannel == null ? "" : groupsChannel.strip();
        if (!groupsChannel.isEmpty() && !SNOWFLAKE.matcher(groupsChannel).matches()) {
            throw new IllegalArgumentException("kindred.discord.groups-channel must be the numeric id of a text channel "
                    + "(right-click the channel with Developer Mode on, then Copy Channel ID)");
        }
    }

    /** Parses an address with the same one-sentence error as the other checks; null stays null. */
    static URI uri(String key, String value, String example) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return new URI(value.strip());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(key + " is not a valid address, like " + example);
        }
    }

    /** The bot's user id, read from the token's first part; safe to show. */
    public String botId() {
        return botIdOf(token);
    }

    private static String botIdOf(String token) {
        String first = token.substring(0, token.indexOf('.'));
        try {
            String id = new String(Base64.getUrlDecoder().decode(padded(first)), StandardCharsets.US_ASCII);
            return SNOWFLAKE.matcher(id).matches() ? id : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String padded(String base64) {
        String bare = base64.replace('+', '-').replace('/', '_');
        return switch (bare.length() % 4) {
            case 2 -> bare + "==";
            case 3 -> bare + "=";
            default -> bare;
        };
    }

    public boolean groupsInThreads() {
        return !groupsChannel.isEmpty();
    }

    @Override
    public String toString() {
        return "DiscordSettings[bot=" + botId() + ", apiUrl=" + apiUrl + ", gatewayUrl=" + gatewayUrl
                + ", community=" + community + ", groupsChannel=" + groupsChannel + ", messageContent=" + messageContent + "]";
    }

    /**
     * Discord's limits: 50 calls a second for a bot (40 leaves room for JDA's acknowledgements), and 5
     * messages per 5 seconds in a channel.
     */
    public static OutboxSettings defaultOutbox() {
        return OutboxSettings.telegram()
                .withRate(40, 5)
                .withConversation(Duration.ofSeconds(1), Duration.ofSeconds(1), 5)
                .withWorkers(8);
    }
}
