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
        CoreMix mix;
        int next;

        @Setup(Level.Trial)
        public void build() {
            mix = new CoreMix(42);
        }
    }

    @Benchmark
    public List<Outbound> mixedEvent(Community community) {
        return community.mix.handle(community.mix.events[community.next++ & (CoreMix.EVENTS - 1)]);
    }
}
