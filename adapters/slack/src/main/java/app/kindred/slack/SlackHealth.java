package app.kindred.slack;

import app.kindred.adapter.OutboxHealth;
import app.kindred.core.delivery.Outbox;
import app.kindred.core.delivery.OutboxStats;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

import java.util.Locale;

/**
 * Slack's part of /actuator/health: up once Slack accepted the token, while the outbox runs and, over
 * Socket Mode, while the connection is open; down while Slack refuses the token (revoked, app
 * uninstalled). With the counters of the outbox.
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
        Health.Builder health = OutboxHealth.status(startup.isHealthy() && tokenProblem == null, outbox);
        SlackApi.Identity me = api.identity();
        if (me != null) {
            health.withDetail("team", me.teamId()).withDetail("botUser", me.botUserId());
        }
        if (tokenProblem != null) {
            health.withDetail("tokenRefused", tokenProblem);
        }
        health.withDetail("mode", api.settings().mode().name().toLowerCase(Locale.ROOT));
        return OutboxHealth.withCounters(health, stats).withDetail("rejected", stats.rejected()).build();
    }
}
