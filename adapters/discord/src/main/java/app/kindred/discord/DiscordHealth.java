package app.kindred.discord;

import app.kindred.adapter.OutboxHealth;
import app.kindred.core.delivery.Outbox;
import app.kindred.core.delivery.OutboxStats;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/** Discord's part of /actuator/health: up while the gateway is connected and the outbox runs, with its counters. */
final class DiscordHealth implements HealthIndicator {

    private final DiscordGateway gateway;
    private final Outbox outbox;
    private final DiscordSettings settings;

    DiscordHealth(DiscordGateway gateway, Outbox outbox, DiscordSettings settings) {
        this.gateway = gateway;
        this.outbox = outbox;
        this.settings = settings;
    }

    @Override
    public Health health() {
        OutboxStats stats = outbox.stats();
        Health.Builder health = OutboxHealth.status(gateway.isConnected(), outbox)
                .withDetail("bot", settings.botId())
                .withDetail("gateway", gateway.status());
        return OutboxHealth.withCounters(health, stats).build();
    }
}
