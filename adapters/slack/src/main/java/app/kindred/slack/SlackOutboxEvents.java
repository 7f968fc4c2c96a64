package app.kindred.slack;

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
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * What Slack's outbox reports: counters for the metrics endpoint; a member Slack says is gone goes back
 * to the core as {@link Lifecycle.MemberUnreachable}, which stops their schedule; a request abandoned
 * by the outbox (a space it never managed to open) is told so; and a token Slack stopped accepting is
 * remembered for the health check.
 */
final class SlackOutboxEvents implements OutboxListener {

    private static final Logger LOG = LoggerFactory.getLogger(SlackOutboxEvents.class);

    private final Consumer<Lifecycle> report;
    private final Counter sent;
    private final Counter retried;
    private final Counter rateLimited;
    private final Counter gaveUp;
    private final Counter unreachable;
    private final Counter rejected;
    private final Counter duplicates;
    private final Map<Delivery, Runnable> onAbandon = new ConcurrentHashMap<>();
    private volatile String tokenProblem;
    private volatile Instant tokenProblemAt;

    /** @param registry where counters go, or null when the app has no metrics */
    SlackOutboxEvents(Consumer<Lifecycle> report, MeterRegistry registry) {
        this.report = report;
        this.sent = counter(registry, "kindred.outbox.sent", "Web API calls that succeeded");
        this.retried = counter(registry, "kindred.outbox.retries", "calls tried again after a failure");
        this.rateLimited = counter(registry, "kindred.outbox.rate.limited", "calls Slack answered with 429");
        this.gaveUp = counter(registry, "kindred.outbox.gave.up", "messages abandoned after the attempt bound");
        this.unreachable = counter(registry, "kindred.outbox.unreachable", "members Slack says are gone");
        this.rejected = counter(registry, "kindred.outbox.rejected", "messages Slack refused (ok:false)");
        this.duplicates = counter(registry, "kindred.outbox.duplicates", "messages refused as already delivered");
    }

    private static Counter counter(MeterRegistry registry, String name, String description) {
        return registry == null ? null
                : Counter.builder(name).description(description).tag("platform", "slack").register(registry);
    }

    private static void increment(Counter counter) {
        if (counter != null) {
            counter.increment();
        }
    }

    /** Runs the hook if the outbox drops this delivery without sending it. */
    void whenAbandoned(Delivery delivery, Runnable hook) {
        onAbandon.put(delivery, hook);
    }

    /** The error code of the last call Slack refused for our token, while it is recent; null when all is well. */
    String tokenProblem() {
        Instant at = tokenProblemAt;
        return at != null && at.isAfter(Instant.now().minus(Duration.ofMinutes(5))) ? tokenProblem : null;
    }

    @Override
    public void sent(Delivery delivery) {
        increment(sent);
        onAbandon.remove(delivery);
        tokenProblemAt = null;
    }

    @Override
    public void retrying(Delivery delivery, DeliveryFailure failure, Duration delay) {
        increment(retried);
        if (failure.kind() == DeliveryFailure.Kind.RATE_LIMITED) {
            increment(rateLimited);
        }
        noteToken(failure);
    }

    @Override
    public void gaveUp(Delivery delivery, DeliveryFailure failure, int attempts) {
        increment(gaveUp);
        noteToken(failure);
        abandoned(delivery);
    }

    @Override
    public void unreachable(Delivery delivery, DeliveryFailure failure) {
        increment(unreachable);
        abandoned(delivery);
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
        abandoned(delivery);
    }

    @Override
    public void duplicate(Delivery delivery) {
        increment(duplicates);
    }

    private void abandoned(Delivery delivery) {
        Runnable hook = onAbandon.remove(delivery);
        if (hook != null) {
            try {
                hook.run();
            } catch (RuntimeException e) {
                LOG.error("a dropped Slack request could not be reported", e);
            }
        }
    }

    private void noteToken(DeliveryFailure failure) {
        String reason = failure.reason();
        int colon = reason.indexOf(": ");
        String code = colon < 0 ? reason : reason.substring(colon + 2).split(" ", 2)[0];
        if (SlackFailures.isTokenProblem(code)) {
            tokenProblem = code;
            tokenProblemAt = Instant.now();
        }
    }
}
