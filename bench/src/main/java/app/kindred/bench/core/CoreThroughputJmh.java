package app.kindred.bench.core;

import app.kindred.core.contract.Outbound;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.util.List;

/** The JMH side of the core throughput benchmark: one event per invocation, one thread. */
public class CoreThroughputJmh {

    /** One community and its event mix per trial. */
    @State(Scope.Thread)
    public static class Community {
        static final int WARM_UP_EVENTS = 3 * CoreMix.EVENTS;
        CoreMix mix;
        int next;

        @Setup(Level.Trial)
        public void build() {
            mix = new CoreMix(42);
            // Warm-up by count, not only by time: on a busy machine the JIT needs many events before the
            // core runs compiled, and a time-based warm-up alone then measures the interpreter.
            for (int i = 0; i < WARM_UP_EVENTS; i++) {
                mix.handle(mix.events[next++ & (CoreMix.EVENTS - 1)]);
            }
        }
    }

    @Benchmark
    public List<Outbound> mixedEvent(Community community) {
        return community.mix.handle(community.mix.events[community.next++ & (CoreMix.EVENTS - 1)]);
    }
}
