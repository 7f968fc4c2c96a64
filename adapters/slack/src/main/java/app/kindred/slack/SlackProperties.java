package app.kindred.slack;

import app.kindred.core.delivery.OutboxSettings;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

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
    private final Outbox outbox = new Outbox();

    /** Slack's limits and how hard the outbox retries. */
    public static class Outbox {
        /** Calls per second overall. */
        private double perSecond = 20;
        /** Calls that may go back to back before the overall rate applies. */
        private int burst = 5;
        /** Spacing of messages to one member's DM (Slack: about one a second per channel). */
        private Duration perChannel = Duration.ofSeconds(1);
        /** Spacing of messages to one group channel. */
        private Duration perGroup = Duration.ofSeconds(1);
        /** Messages one channel may get back to back (a reply and its chart). */
        private int channelBurst = 3;
        /** Sending threads. */
        private int workers = 4;
        /** Attempts of one call before giving up. */
        private int maxAttempts = 5;
        private Duration backoff = Duration.ofMillis(500);
        private Duration maxBackoff = Duration.ofSeconds(30);
        /** How long shutdown waits for queued messages. */
        private Duration drainOnClose = Duration.ofSeconds(5);

        OutboxSettings toSettings() {
            return SlackSettings.defaultOutbox()
                    .withRate(perSecond, burst)
                    .withConversation(perChannel, perGroup, channelBurst)
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

        public Duration getPerChannel() {
            return perChannel;
        }

        public void setPerChannel(Duration perChannel) {
            this.perChannel = perChannel;
        }

        public Duration getPerGroup() {
            return perGroup;
        }

        public void setPerGroup(Duration perGroup) {
            this.perGroup = perGroup;
        }

        public int getChannelBurst() {
            return channelBurst;
        }

        public void setChannelBurst(int channelBurst) {
            this.channelBurst = channelBurst;
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
    public SlackSettings toSettings() {
        OutboxSettings outboxSettings;
        try {
            outboxSettings = outbox.toSettings();
        } catch (IllegalArgumentException e) {
            throw new SlackSetupException("kindred.slack.outbox: " + e.getMessage() + ".");
        }
        try {
            SlackSettings.Mode chosen = SlackSettings.mode(mode);
            if (chosen == SlackSettings.Mode.SOCKET) {
                throw new IllegalArgumentException("kindred.slack.mode is socket, which this version of Kindred cannot run "
                        + "yet: use http, with Slack posting to kindred.slack.events-path.");
            }
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

    public Outbox getOutbox() {
        return outbox;
    }

    /** Tokens and the signing secret never appear in logs or error reports. */
    @Override
    public String toString() {
        return "SlackProperties[mode=" + mode + ", apiUrl=" + apiUrl + ", command=" + command + "]";
    }
}
