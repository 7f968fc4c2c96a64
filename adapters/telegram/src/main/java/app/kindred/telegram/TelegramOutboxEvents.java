package app.kindred.telegram;

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
import java.util.function.Consumer;

/**
 * What Telegram's outbox reports: counters for the metrics endpoint, and a member who blocked Kindred
 * goes back to the core as {@link Lifecycle.MemberUnreachable}, which stops their schedule.
 */
final class TelegramOutboxEvents implements OutboxListener {

    private static final Logger LOG = LoggerFactory.getLogger(TelegramOutboxEvents.class);

    private final Consumer<Lifecycle> report;
    private final Counter sent;
    private final Counter retried;
    private final Counter rateLimited;
    private final Counter gaveUp;
    private final Counter unreachable;
    private final Counter rejected;
    private final Counter duplicates;

    /** @param registry where counters go, or null when the app has no metrics */
    TelegramOutboxEvents(Consumer<Lifecycle> report, MeterRegistry registry) {
        this.report = report;
        this.sent = counter(registry, "kindred.outbox.sent", "Bot API calls that succeeded");
        this.retried = counter(registry, "kindred.outbox.retries", "calls tried again after a failure");
        this.rateLimited = counter(registry, "kindred.outbox.rate.limited", "calls Telegram answered with 429");
        this.gaveUp = counter(registry, "kindred.outbox.gave.up", "messages abandoned after the attempt bound");
        this.unreachable = counter(registry, "kindred.outbox.unreachable", "members who blocked Kindred or left");
        this.rejected = counter(registry, "kindred.outbox.rejected", "messages Telegram refused as malformed");
        this.duplicates = counter(registry, "kindred.outbox.duplicates", "messages refused as already delivered");
    }

    private static Counter counter(MeterRegistry registry, String name, String description) {
        return registry == null ? null
                : Counter.builder(name).description(description).tag("platform", "telegram").register(registry);
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
    }

    @Override
    public void unreachable(Delivery delivery, DeliveryFailure failure) {
        increment(unreachable);
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
    }

    @Override
    public void duplicate(Delivery delivery) {
        increment(duplicates);
    }
}
