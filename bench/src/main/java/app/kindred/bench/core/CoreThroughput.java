package app.kindred.bench.core;

import app.kindred.bench.Benchmark;
import app.kindred.bench.Figure;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

import java.lang.management.ManagementFactory;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Core throughput: mixed events (commands, button presses, free text, clock ticks) from 10,000 members,
 * handled by the whole core (middleware chain, routing, features) on one thread, on the embedded store
 * held in memory (no file, so the figure is the core's, not the disk's).
 */
public final class CoreThroughput implements Benchmark {

    private static final double BUDGET = 100_000;

    @Override
    public String id() {
        return "core";
    }

    @Override
    public List<Figure> run() throws Exception {
        Options options = new OptionsBuilder()
                .include(CoreThroughputJmh.class.getName() + ".mixedEvent")
                .mode(org.openjdk.jmh.annotations.Mode.Throughput)
                .timeUnit(TimeUnit.SECONDS)
                .threads(1)
                .forks(1)
                .warmupIterations(3)
                .warmupTime(TimeValue.seconds(3))
                .measurementIterations(5)
                .measurementTime(TimeValue.seconds(4))
                .jvmArgsAppend("-Djava.awt.headless=true", "-Xmx1g")
                .build();
        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        Collection<RunResult> results = new Runner(options).run();
        double eventsPerSecond = results.iterator().next().getPrimaryResult().getScore();
        // A wall-clock figure means little on a busy machine: say how busy it was.
        System.err.printf(Locale.ROOT, "core throughput ran on %d cores with a load average of %.1f before and %.1f after%n",
                Runtime.getRuntime().availableProcessors(), loadBefore,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        return List.of(new Figure("core throughput", eventsPerSecond, "events/s", ">= 100000 events/s",
                eventsPerSecond >= BUDGET));
    }
}
