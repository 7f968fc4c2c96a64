package app.kindred.slack;

import app.kindred.core.delivery.OutboxSettings;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The Slack adapter's settings as plain, checked values. Every check fails with one sentence that names
 * the key and says what to fix; none of them repeats a token or the signing secret.
 *
 * @param botToken      the bot user OAuth token (xoxb-...)
 * @param signingSecret the app's signing secret, which proves a request came from Slack (HTTP mode)
 * @param appToken      the app-level token (xapp-...) that opens a Socket Mode connection
 * @param mode          HTTP Events API through Kindred's own port, or Socket Mode
 * @param apiUrl        the Web API base URL, ending in "/api/" (a proxy or a local fake in tests)
 * @param eventsPath    the local path Slack posts events, commands and button presses to (HTTP mode)
 * @param command       the app's slash command, such as /kindred; the core's commands are its first word
 * @param outbox        the pacing and retry settings of Slack's outbox
 */
public record SlackSettings(String botToken, String signingSecret, String appToken, Mode mode, URI apiUrl,
                            String eventsPath, String command, OutboxSettings outbox) {

    /** How events reach Kindred. */
    public enum Mode { HTTP, SOCKET }

    private static final Pattern BOT_TOKEN = Pattern.compile("xoxb-[A-Za-z0-9-]{10,250}");
    private static final Pattern APP_TOKEN = Pattern.compile("xapp-[A-Za-z0-9-]{10,250}");
    private static final Pattern SIGNING_SECRET = Pattern.compile("[0-9A-Za-z]{32}");
    private static final Pattern COMMAND = Pattern.compile("/[a-z0-9_-]{1,31}");

    public SlackSettings {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(outbox, "outbox");
        if (botToken == null || !BOT_TOKEN.matcher(botToken.strip()).matches()) {
            throw new IllegalArgumentException("KINDRED_SLACK_BOT_TOKEN (kindred.slack.bot-token) is not a Slack bot token: "
                    + "use the Bot User OAuth Token from your app's OAuth & Permissions page, which starts with xoxb-.");
        }
        botToken = botToken.strip();
        if (mode == Mode.HTTP) {
            if (signingSecret == null || !SIGNING_SECRET.matcher(signingSecret.strip()).matches()) {
                throw new IllegalArgumentException("KINDRED_SLACK_SIGNING_SECRET (kindred.slack.signing-secret) must be "
                        + "the 32-character Signing Secret from your app's Basic Information page.");
            }
            signingSecret = signingSecret.strip();
        } else {
            if (appToken == null || !APP_TOKEN.matcher(appToken.strip()).matches()) {
                throw new IllegalArgumentException("KINDRED_SLACK_APP_TOKEN (kindred.slack.app-token) must be an app-level "
                        + "token with the connections:write scope, which starts with xapp-, when kindred.slack.mode is socket.");
            }
            appToken = appToken.strip();
            signingSecret = signingSecret == null || signingSecret.isBlank() ? null : signingSecret.strip();
        }
        if (apiUrl == null || apiUrl.getHost() == null
                || !"http".equals(apiUrl.getScheme()) && !"https".equals(apiUrl.getScheme())) {
            throw new IllegalArgumentException("kindred.slack.api-url must be an http(s) address, "
                    + "like https://slack.com/api/ or http://127.0.0.1:8089/api/.");
        }
        eventsPath = eventsPath == null || eventsPath.isBlank() ? "/slack/events" : eventsPath.strip();
        if (!eventsPath.startsWith("/")) {
            throw new IllegalArgumentException("kindred.slack.events-path must start with a slash, like /slack/events.");
        }
        command = command == null || command.isBlank() ? "/kindred" : command.strip().toLowerCase(Locale.ROOT);
        if (!COMMAND.matcher(command).matches()) {
            throw new IllegalArgumentException("kindred.slack.command must be a slash command of lower-case letters, digits, "
                    + "'-' or '_', like /kindred.");
        }
    }

    /** Parses the API URL with the same one-sentence error as the other checks, adding the trailing slash. */
    public static URI apiUrl(String value) {
        String text = value == null ? "" : value.strip();
        if (!text.isEmpty() && !text.endsWith("/")) {
            text = text + "/";
        }
        try {
            return new URI(text);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("kindred.slack.api-url is not a valid address, like https://slack.com/api/.");
        }
    }

    public static Mode mode(String value) {
        String normal = value == null ? "http" : value.strip().toLowerCase(Locale.ROOT).replace("-", "");
        return switch (normal) {
            case "http", "events", "eventsapi" -> Mode.HTTP;
            case "socket", "socketmode" -> Mode.SOCKET;
            default -> throw new IllegalArgumentException("kindred.slack.mode must be http or socket.");
        };
    }

    /**
     * Bolt computes request signatures with the JVM's default charset, so any other charset makes every
     * message with a non-ASCII character fail verification.
     */
    static void requireUtf8(Charset jvmDefault) {
        if (!StandardCharsets.UTF_8.equals(jvmDefault)) {
            throw new IllegalArgumentException("Slack signs requests in UTF-8 but this Java runs with " + jvmDefault.name()
                    + ": start it with -Dfile.encoding=UTF-8 (or a UTF-8 locale) so Kindred can verify them.");
        }
    }

    /** Slack's published limits: about one message a second per channel, with short bursts allowed. */
    public static OutboxSettings defaultOutbox() {
        return new OutboxSettings(20, 5, Duration.ofSeconds(1), Duration.ofSeconds(1), 3, 4, 5,
                Duration.ofMillis(500), Duration.ofSeconds(30), 100_000, Duration.ofSeconds(5));
    }

    /** The API URL as the SDK's methods endpoint prefix. */
    public String methodsEndpoint() {
        return apiUrl.toString();
    }

    @Override
    public String toString() {
        return "SlackSettings[mode=" + mode + ", apiUrl=" + apiUrl + ", command=" + command + "]";
    }
}
