package app.kindred.slack;

import com.slack.api.bolt.App;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Brings the adapter up once everything is wired, with the bot token checked (auth.test), which fails
 * the start with one sentence when Slack refuses it. On shutdown the inbound lanes finish their work before
 * the outbox drains.
 */
final class SlackStartup implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(SlackStartup.class);

    private final SlackApi api;
    private final App app;
    private final SlackInbound inbound;
    private final SlackSocketMode socketMode;
    private volatile boolean running;

    /** @param socketMode the Socket Mode connection, or null when Slack posts to Kindred over HTTP */
    SlackStartup(SlackApi api, App app, SlackInbound inbound, SlackSocketMode socketMode) {
        this.api = api;
        this.app = app;
        this.inbound = inbound;
        this.socketMode = socketMode;
    }

    @Override
    public void start() {
        SlackApi.Identity me = api.identity() == null ? api.identify() : api.identity();
        if (socketMode != null) {
            socketMode.start();
            LOG.info("Slack app ready in workspace {} as bot user {}; events arrive over Socket Mode", me.teamId(),
                    me.botUserId());
        } else {
            LOG.info("Slack app ready in workspace {} as bot user {}; events arrive over HTTP on {}", me.teamId(),
                    me.botUserId(), api.settings().eventsPath());
        }
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        if (socketMode != null) {
            socketMode.close();
        }
        app.stop();
        inbound.close();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Running, and over Socket Mode connected to Slack. */
    boolean isHealthy() {
        return running && (socketMode == null || socketMode.isConnected());
    }
}
