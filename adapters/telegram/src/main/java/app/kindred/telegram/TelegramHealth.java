package app.kindred.telegram;

import app.kindred.adapter.OutboxHealth;
import app.kindred.core.delivery.Outbox;
import app.kindred.core.delivery.OutboxStats;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/** Telegram's part of /actuator/health: up while updates arrive and the outbox runs, with its counters. */
final class TelegramHealth implements HealthIndicator {

    private final TelegramStartup startup;
    private final Outbox outbox;
    private final TelegramSettings settings;

    TelegramHealth(TelegramStartup startup, Outbox outbox, TelegramSettings settings) {
        this.startup = startup;
        this.outbox = outbox;
        this.settings = settings;
    }

    @Override
    public Health health() {
        OutboxStats stats = outbox.stats();
        Health.Builder health = OutboxHealth.status(startup.isHealthy(), outbox)
                .withDetail("bot", settings.botId())
                .withDetail("mode", settings.mode().name().toLowerCase(java.util.Locale.ROOT));
        return OutboxHealth.withCounters(health, stats).build();
    }
}
