package app.kindred.app.clock;

import app.kindred.core.contract.ClockTicked;
import app.kindred.core.delivery.Dispatch;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Lets the core's clock jobs run (due check-ins, expiring invitations, matching): submits a
 * {@link ClockTicked} every tick on one thread, never two at once. A failing tick is logged and counted,
 * and the next one runs as usual. It stops before the store closes.
 */
final class ClockTicker implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(ClockTicker.class);

    private final Dispatch dispatch;
    private final Clock clock;
    private final Duration every;
    private final Timer ticks;
    private final Counter failures;
    private ScheduledExecutorService scheduler;

    ClockTicker(Dispatch dispatch, Clock clock, Duration every, MeterRegistry metrics) {
        this.dispatch = dispatch;
        this.clock = clock;
        this.every = every;
        this.ticks = Timer.builder("kindred.clock.ticks").description("clock ticks and how long each took")
                .register(metrics);
        this.failures = Counter.builder("kindred.clock.failures").description("clock ticks that failed")
                .register(metrics);
    }

    @Override
    public synchronized void start() {
        scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "kindred-clock");
            thread.setDaemon(true);
            return thread;
        });
        scheduler.scheduleWithFixedDelay(this::tick, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** One tick; public to the package so a test can tick without waiting. */
    void tick() {
        try {
            ticks.record(() -> dispatch.submit(new ClockTicked(clock.instant())));
        } catch (RuntimeException e) {
            failures.increment();
            LOG.error("a clock tick failed; the next one runs as usual", e);
        }
    }

    @Override
    public synchronized void stop() {
        if (scheduler != null) {
            scheduler.shutdown();
            try {
                if (!scheduler.awaitTermination(10, TimeUnit.SECONDS)) {
                    scheduler.shutdownNow();
                }
            } catch (InterruptedException e) {
                scheduler.shutdownNow();
                Thread.currentThread().interrupt();
            }
            scheduler = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return scheduler != null;
    }
}
