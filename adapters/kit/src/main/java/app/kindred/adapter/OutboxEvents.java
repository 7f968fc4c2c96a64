package app.kindred.adapter;

import app.kindred.core.contract.Address;
import app.kindred.core.contract.Lifecycle;
import app.kindred.core.contract.Platform;
import app.kindred.core.delivery.Delivery;
import app.kindred.core.delivery.DeliveryFailure;
import app.kindred.core.delivery.OutboxListener;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * What every platform's outbox reports in the same way: the {@code kindred.outbox.*} counters, tagged with
 * the platform, and a member the platform will no longer deliver to goes back to the core as
 * {@link Lifecycle.MemberUnreachable}, which stops their schedule. An adapter extends it for what only its
 * platform does; an override calls the method it overrides.
 */
public abstract class OutboxEvents implements OutboxListener {

    /**
     * What the metrics endpoint says about the counters whose meaning depends on the platform (which
     * calls count as sent, what a rate limit or a refusal looks like there).
     */
    public record Descriptions(String sent, String rateLimited, String unreachable, String rejected) {
    }

    // Under the adapter's own class: the line does not name the platform, the logger does.
    private final Logger log = LoggerFactory.getLogger(getClass());
    private final Consumer<Lifecycle> report;
    private final Counter sent;
    private final Counter retried;
    private final Counter rateLimited;
    private final Counter gaveUp;
    private final Counter unreachable;
    private final Counter rejected;
    private final Counter duplicates;

    /**
     * @param report   takes {@link Lifecycle.MemberUnreachable} back to the core
     * @param registry where counters go, or null when the app has no metrics
     */
    protected OutboxEvents(Platform platform, Descriptions descriptions, Consumer<Lifecycle> report,
                           MeterRegistry registry) {
        this.report = report;
        String tag = platform.name().toLowerCase(Locale.ROOT);
        this.sent = counter(registry, tag, "kindred.outbox.sent", descriptions.sent());
        this.retried = counter(registry, tag, "kindred.outbox.retries", "calls tried again after a failure");
        this.rateLimited = counter(registry, tag, "kindred.outbox.rate.limited", descriptions.rateLimited());
        this.gaveUp = counter(registry, tag, "kindred.outbox.gave.up", "messages abandoned after the attempt bound");
        this.unreachable = counter(registry, tag, "kindred.outbox.unreachable", descriptions.unreachable());
        this.rejected = counter(registry, tag, "kindred.outbox.rejected", descriptions.rejected());
        this.duplicates = counter(registry, tag, "kindred.outbox.duplicates", "messages refused as already delivered");
    }

    private static Counter counter(MeterRegistry registry, String platform, String name, String description) {
        return registry == null ? null
                : Counter.builder(name).description(description).tag("platform", platform).register(registry);
    }

    private static void increment(Counter counter) {
        if (counter != null) {
            counter.increment();
        }
    }

    /**
     * The outbox dropped this delivery, or the rest of it: it gave up, the recipient is unreachable, or
     * the platform refused it. Nothing by default; an adapter with half-done work to undo does it here.
     */
    protected void dropped(Delivery delivery, DeliveryFailure failure) {
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
        dropped(delivery, failure);
    }

    @Override
    public void unreachable(Delivery delivery, DeliveryFailure failure) {
        increment(unreachable);
        dropped(delivery, failure);
        if (delivery.to() instanceof Address.Direct direct) {
            try {
                report.accept(new Lifecycle.MemberUnreachable(direct.platform(), direct.community(), direct.userId()));
            } catch (RuntimeException e) {
                log.error("could not tell the core that member {} is unreachable", delivery.logId(), e);
            }
        }
    }

    @Override
    public void rejected(Delivery delivery, DeliveryFailure failure) {
        increment(rejected);
        dropped(delivery, failure);
    }

    @Override
    public void duplicate(Delivery delivery) {
        increment(duplicates);
    }
}
