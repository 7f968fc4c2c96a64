package app.kindred.app.store;

import app.kindred.core.store.StorePorts;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/** Reports whether the store answers; part of readiness, so a broken store takes Kindred out of rotation. */
final class StoreHealthIndicator implements HealthIndicator {

    private final StorePorts store;

    StoreHealthIndicator(StorePorts store) {
        this.store = store;
    }

    @Override
    public Health health() {
        return store.isHealthy() ? Health.up().build() : Health.down().build();
    }
}
