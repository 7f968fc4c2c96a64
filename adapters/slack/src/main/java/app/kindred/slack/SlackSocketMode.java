package app.kindred.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.socket_mode.SocketModeClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Socket Mode: instead of Slack posting to Kindred's port, Kindred opens a WebSocket to Slack with the
 * app-level token (apps.connections.open) and the same Bolt app answers each envelope on it, so
 * signatures, commands, presses and events are handled exactly as over HTTP. Useful where Kindred has
 * no public address. The SDK reconnects on its own when Slack closes the connection.
 */
final class SlackSocketMode implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SlackSocketMode.class);

    private final SlackSettings settings;
    private final App app;
    private volatile SocketModeApp socket;

    SlackSocketMode(SlackSettings settings, App app) {
        this.settings = settings;
        this.app = app;
    }

    /** Opens the connection; a token Slack refuses stops the start with one sentence. */
    void start() {
        try {
            SocketModeApp opened = new SocketModeApp(settings.appToken(), SocketModeClient.Backend.JavaWebSocket, app);
            opened.startAsync();
            socket = opened;
            LOG.info("Slack Socket Mode connected");
        } catch (Exception e) {
            // The SDK's message may quote Slack's answer; the token itself is never in it, but keep to the code.
            throw new SlackSetupException("Slack would not open a Socket Mode connection (" + e.getClass().getSimpleName()
                    + "): check KINDRED_SLACK_APP_TOKEN, an app-level token with the connections:write scope, "
                    + "and that Socket Mode is on in the app's settings.");
        }
    }

    boolean isConnected() {
        SocketModeApp current = socket;
        return current != null && current.getClient() != null && current.getClient().verifyConnection();
    }

    @Override
    public void close() {
        SocketModeApp current = socket;
        socket = null;
        if (current != null) {
            // SocketModeApp#close leaves the client's message and monitor threads running; closing the client ends them.
            SocketModeClient client = current.getClient();
            try {
                current.stop();
                if (client != null) {
                    client.close();
                }
            } catch (Exception e) {
                LOG.warn("the Slack Socket Mode connection did not close cleanly ({})", e.getClass().getSimpleName());
            }
        }
    }
}
