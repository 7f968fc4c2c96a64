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
    private volatile boolean running;

    SlackStartup(SlackApi api, App app, SlackInbound inbound) {
        this.api = api;
        this.app = app;
        this.inbound = inbound;
    }

    @Override
    public void start() {
        SlackApi.Identity me = api.identity() == null ? api.identify() : api.identity();
        LOG.info("Slack app ready in workspace {} as bot user {}; events arrive over {} on {}", me.teamId(), me.botUserId(),
                api.settings().mode() == SlackSettings.Mode.HTTP ? "HTTP" : "Socket Mode", api.settings().eventsPath());
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        app.stop();
        inbound.close();
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
