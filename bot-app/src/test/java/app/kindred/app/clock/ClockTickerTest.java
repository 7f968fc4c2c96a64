package app.kindred.app.clock;

import app.kindred.core.contract.Address;
import app.kindred.core.contract.Message;
import app.kindred.core.contract.Outbound;
import app.kindred.core.contract.Part;
import app.kindred.core.contract.Platform;
import app.kindred.core.delivery.Dispatch;
import app.kindred.core.delivery.Messenger;
import app.kindred.core.testing.TestPlatform;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each tick reaches the core's clock jobs with the clock's time and what they produce is delivered; a
 * tick whose delivery fails is counted and the next one still runs.
 */
class ClockTickerTest {

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

    private final SimpleMeterRegistry metrics = new SimpleMeterRegistry();
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final TestPlatform platform = TestPlatform.start();
    private final List<Instant> jobRuns = new ArrayList<>();
    private final Message reminder = Message.reply(new Address.Direct(Platform.TELEGRAM, "direct", "7", "7"),
            List.of(new Part.Text("a scheduled message")));

    ClockTickerTest() {
        platform.kindred().routes().tick(now -> {
            jobRuns.add(now);
            return List.of(reminder);
        });
    }

    @Test
    void each_tick_runs_the_clock_jobs_and_delivers_what_they_produce() {
        List<Outbound> delivered = new ArrayList<>();
        ClockTicker ticker = ticker(messenger(delivered::add));

        ticker.tick();
        ticker.tick();

        assertThat(jobRuns).containsExactly(NOW, NOW);
        assertThat(delivered).containsExactly(reminder, reminder);
        assertThat(metrics.get("kindred.clock.ticks").timer().count()).isEqualTo(2);
        assertThat(metrics.get("kindred.clock.failures").counter().count()).isZero();
    }

    @Test
    void a_tick_whose_delivery_fails_is_counted_and_the_next_one_still_runs() {
        List<Outbound> delivered = new ArrayList<>();
        boolean[] failedOnce = {false};
        ClockTicker ticker = ticker(messenger(outbound -> {
            if (!failedOnce[0]) {
                failedOnce[0] = true;
                throw new IllegalStateException("the platform is down");
            }
            delivered.add(outbound);
        }));

        ticker.tick();
        ticker.tick();

        assertThat(metrics.get("kindred.clock.failures").counter().count()).isEqualTo(1);
        assertThat(delivered).containsExactly(reminder);
    }

    @Test
    void it_runs_between_start_and_stop() {
        ClockTicker ticker = ticker(messenger(outbound -> { }));

        ticker.start();
        assertThat(ticker.isRunning()).isTrue();
        ticker.stop();

        assertThat(ticker.isRunning()).isFalse();
    }

    private ClockTicker ticker(Messenger messenger) {
        return new ClockTicker(new Dispatch(platform.kindred()).register(messenger), clock, Duration.ofSeconds(15), metrics);
    }

    private static Messenger messenger(java.util.function.Consumer<Outbound> deliver) {
        return new Messenger() {
            @Override
            public Platform platform() {
                return Platform.TELEGRAM;
            }

            @Override
            public void deliver(Outbound outbound) {
                deliver.accept(outbound);
            }
        };
    }
}
