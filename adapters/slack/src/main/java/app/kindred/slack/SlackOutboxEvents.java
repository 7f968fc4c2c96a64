package app.kindred.slack;

import app.kindred.adapter.OutboxEvents;
import app.kindred.core.contract.Lifecycle;
import app.kindred.core.contract.Platform;
import app.kindred.core.delivery.Delivery;
import app.kindred.core.delivery.DeliveryFailure;
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
final class SlackOutboxEvents extends OutboxEvents {

    private static final Logger LOG = LoggerFactory.getLogger(SlackOutboxEvents.class);
    private static final Descriptions DESCRIPTIONS = new Descriptions("Web API calls that succeeded",
            "calls Slack answered with 429", "members Slack says are gone", "messages Slack refused (ok:false)");

    private final Map<Delivery, Runnable> onAbandon = new ConcurrentHashMap<>();
    private volatile String tokenProblem;
    private volatile Instant tokenProblemAt;

    /** @param registry where counters go, or null when the app has no metrics */
    SlackOutboxEvents(Consumer<Lifecycle> report, MeterRegistry registry) {
        super(Platform.SLACK, DESCRIPTIONS, report, registry);
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
        super.sent(delivery);
        onAbandon.remove(delivery);
        tokenProblemAt = null;
    }

    @Override
    public void retrying(Delivery delivery, DeliveryFailure failure, Duration delay) {
        super.retrying(delivery, failure, delay);
        noteToken(failure);
    }

    @Override
    public void gaveUp(Delivery delivery, DeliveryFailure failure, int attempts) {
        noteToken(failure);
        super.gaveUp(delivery, failure, attempts);
    }

    @Override
    protected void dropped(Delivery delivery, DeliveryFailure failure) {
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
