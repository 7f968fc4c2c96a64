package app.kindred.slack;

import app.kindred.core.delivery.Outbox;
import app.kindred.core.delivery.OutboxStats;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

import java.util.Locale;

/**
 * Slack's part of /actuator/health: up once Slack accepted the token and while the outbox runs; down
 * while Slack refuses the token (revoked, app uninstalled), with the counters of the outbox.
 */
final class SlackHealth implements HealthIndicator {

    private final SlackStartup startup;
    private final SlackApi api;
    private final Outbox outbox;
    private final SlackOutboxEvents events;

    SlackHealth(SlackStartup startup, SlackApi api, Outbox outbox, SlackOutboxEvents events) {
        this.startup = startup;
        this.api = api;
        this.outbox = outbox;
        this.events = events;
    }

    @Override
    public Health health() {
        OutboxStats stats = outbox.stats();
        String tokenProblem = events.tokenProblem();
        Health.Builder health = startup.isRunning() && outbox.isRunning() && tokenProblem == null ? Health.up() : Health.down();
        SlackApi.Identity me = api.identity();
        if (me != null) {
            health.withDetail("team", me.teamId()).withDetail("botUser", me.botUserId());
        }
        if (tokenProblem != null) {
            health.withDetail("tokenRefused", tokenProblem);
        }
        return health.withDetail("mode", api.settings().mode().name().toLowerCase(Locale.ROOT))
                .withDetail("queued", stats.queued())
                .withDetail("sent", stats.sent())
                .withDetail("rateLimited", stats.rateLimited())
                .withDetail("gaveUp", stats.gaveUp())
                .withDetail("unreachable", stats.unreachable())
                .withDetail("rejected", stats.rejected())
                .build();
    }
}
