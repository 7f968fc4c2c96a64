package app.kindred.slack;

import app.kindred.core.delivery.OutboxSettings;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code kindred.slack.*} configuration, as Spring binds it (environment variables such as
 * {@code KINDRED_SLACK_BOT_TOKEN} included). {@link #toSettings()} checks it and copies it into the plain
 * {@link SlackSettings} the adapter runs with.
 */
@ConfigurationProperties(prefix = "kindred.slack")
public class SlackProperties {

    /** The Bot User OAuth Token (xoxb-...); the adapter starts only when it is set. */
    private String botToken;
    /** The app's Signing Secret, which proves each HTTP request came from Slack. */
    private String signingSecret;
    /** The app-level token (xapp-...) for Socket Mode. */
    private String appToken;
    /** http (the Events API on Kindred's own port, the default) or socket. */
    private String mode = "http";
    /** The Web API base URL, for a proxy or a local fake. */
    private String apiUrl = "https://slack.com/api/";
    /** Where Slack posts events, slash commands and button presses on this server. */
    private String eventsPath = "/slack/events";
    /** The app's slash command; members write /kindred checkin, /kindred mood, ... */
    private String command = "/kindred";
    /** Slack's limits (about one message a second per channel) and how hard the outbox retries. */
    private final SlackOutboxTuning outbox = new SlackOutboxTuning();

    /** Checks everything and fails with one sentence saying what to fix. */
    public SlackSettings toSettings() {
        OutboxSettings outboxSettings;
        try {
            outboxSettings = outbox.toSettings("kindred.slack.outbox");
        } catch (IllegalArgumentException e) {
            throw new SlackSetupException(e.getMessage() + ".");
        }
        try {
            SlackSettings.Mode chosen = SlackSettings.mode(mode);
            if (chosen == SlackSettings.Mode.HTTP) {
                SlackSettings.requireUtf8(java.nio.charset.Charset.defaultCharset());
            }
            return new SlackSettings(botToken, signingSecret, appToken, chosen, SlackSettings.apiUrl(apiUrl),
                    eventsPath, command, outboxSettings);
        } catch (IllegalArgumentException e) {
            throw new SlackSetupException(e.getMessage());
        }
    }

    public String getBotToken() {
        return botToken;
    }

    public void setBotToken(String botToken) {
        this.botToken = botToken;
    }

    public String getSigningSecret() {
        return signingSecret;
    }

    public void setSigningSecret(String signingSecret) {
        this.signingSecret = signingSecret;
    }

    public String getAppToken() {
        return appToken;
    }

    public void setAppToken(String appToken) {
        this.appToken = appToken;
    }

    public String getMode() {
        return mode;
    }

    public void setMode(String mode) {
        this.mode = mode;
    }

    public String getApiUrl() {
        return apiUrl;
    }

    public void setApiUrl(String apiUrl) {
        this.apiUrl = apiUrl;
    }

    public String getEventsPath() {
        return eventsPath;
    }

    public void setEventsPath(String eventsPath) {
        this.eventsPath = eventsPath;
    }

    public String getCommand() {
        return command;
    }

    public void setCommand(String command) {
        this.command = command;
    }

    public SlackOutboxTuning getOutbox() {
        return outbox;
    }

    /** Tokens and the signing secret never appear in logs or error reports. */
    @Override
    public String toString() {
        return "SlackProperties[mode=" + mode + ", apiUrl=" + apiUrl + ", command=" + command + "]";
    }
}
