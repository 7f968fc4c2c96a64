package app.kindred.adapter;

import app.kindred.core.delivery.Outbox;
import app.kindred.core.delivery.OutboxStats;
import org.springframework.boot.health.contributor.Health;

/**
 * The part of a platform's health indicator that is the same everywhere: a platform is up only while its
 * outbox runs, and shows the outbox's counters under the same names, so one dashboard reads them all.
 */
public final class OutboxHealth {

    private OutboxHealth() {
    }

    /** Up when the platform's own side is up and its outbox runs, down otherwise. */
    public static Health.Builder status(boolean platformUp, Outbox outbox) {
        return platformUp && outbox.isRunning() ? Health.up() : Health.down();
    }

    /** Adds the outbox's counters, after whatever the platform shows of itself. */
    public static Health.Builder withCounters(Health.Builder health, OutboxStats stats) {
        return health.withDetail("queued", stats.queued())
                .withDetail("sent", stats.sent())
                .withDetail("rateLimited", stats.rateLimited())
                .withDetail("gaveUp", stats.gaveUp())
                .withDetail("unreachable", stats.unreachable());
    }
}
