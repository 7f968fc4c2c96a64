package app.kindred.discord;

import app.kindred.core.contract.Address;
import app.kindred.core.contract.Lifecycle;
import app.kindred.core.delivery.Delivery;
import app.kindred.core.delivery.DeliveryFailure;
import app.kindred.core.delivery.OutboxListener;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * What Discord's outbox reports: counters for the metrics endpoint; a member whose DMs are closed goes
 * back to the core as {@link Lifecycle.MemberUnreachable}, which stops their schedule; an abandoned
 * delivery is handed on so a half-opened space is cleaned up and answered.
 */
final class DiscordOutboxEvents implements OutboxListener {

    private static final Logger LOG = LoggerFactory.getLogger(DiscordOutboxEvents.class);

    private final Consumer<Lifecycle> report;
    private final BiConsumer<Delivery, DeliveryFailure> abandoned;
    private final Counter sent;
    private final Counter retried;
    private final Counter rateLimited;
    private final Counter gaveUp;
    private final Counter unreachable;
    private final Counter rejected;
    private final Counter duplicates;

    /**
     * @param abandoned told of every delivery given up on, rejected or undeliverable
     * @param registry  where counters go, or null when the app has no metrics
     */
    DiscordOutboxEvents(Consumer<Lifecycle> report, BiConsumer<Delivery, DeliveryFailure> abandoned, MeterRegistry registry) {
        this.report = report;
        this.abandoned = abandoned;
        this.sent = counter(registry, "kindred.outbox.sent", "Discord calls that succeeded");
        this.retried = counter(registry, "kindred.outbox.retries", "calls tried again after a failure");
        this.rateLimited = counter(registry, "kindred.outbox.rate.limited", "calls that met a rate limit");
        this.gaveUp = counter(registry, "kindred.outbox.gave.up", "messages abandoned after the attempt bound");
        this.unreachable = counter(registry, "kindred.outbox.unreachable", "members whose DMs are closed, or who left");
        this.rejected = counter(registry, "kindred.outbox.rejected", "messages Discord refused");
        this.duplicates = counter(registry, "kindred.outbox.duplicates", "messages refused as already delivered");
    }

    private static Counter counter(MeterRegistry registry, String name, String description) {
        return registry == null ? null
                : Counter.builder(name).description(description).tag("platform", "discord").register(registry);
    }

    private static void increment(Counter counter) {
        if (counter != null) {
            counter.increment();
        }
    }

    @Override
    public void sent(Delivery delivery) {
        increment(sent);
    }

    @Override
    public void retrying(Delivery delivery, DeliveryFailure failure, Duration delay) {
        increment(retried);
        if (failure.kind() == DeliveryFailure.Kind.RATE_LIMITED) {
            increment(rateLimited);
        }
    }

    @Override
    public void gaveUp(Delivery delivery, DeliveryFailure failure, int attempts) {
        increment(gaveUp);
        abandon(delivery, failure);
    }

    @Override
    public void unreachable(Delivery delivery, DeliveryFailure failure) {
        increment(unreachable);
        abandon(delivery, failure);
        if (delivery.to() instanceof Address.Direct direct) {
            try {
                report.accept(new Lifecycle.MemberUnreachable(direct.platform(), direct.community(), direct.userId()));
            } catch (RuntimeException e) {
                LOG.error("could not tell the core that member {} is unreachable", delivery.logId(), e);
            }
        }
    }

    @Override
    public void rejected(Delivery delivery, DeliveryFailure failure) {
        increment(rejected);
        abandon(delivery, failure);
    }

    @Override
    public void duplicate(Delivery delivery) {
        increment(duplicates);
    }

    private void abandon(Delivery delivery, DeliveryFailure failure) {
        try {
            abandoned.accept(delivery, failure);
        } catch (RuntimeException e) {
            LOG.error("cleaning up after an abandoned Discord delivery to {} failed", delivery.logId(), e);
        }
    }
}
