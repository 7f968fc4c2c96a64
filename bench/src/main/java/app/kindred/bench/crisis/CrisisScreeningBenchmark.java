package app.kindred.bench.crisis;

import app.kindred.bench.Benchmark;
import app.kindred.bench.Figure;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

import java.util.Collection;
import java.util.List;

/**
 * Crisis screening throughput on one thread with 200-character messages, measured by JMH in a forked
 * JVM (short runs: about ten seconds in all). Budget: at least 200,000 messages a second.
 */
public final class CrisisScreeningBenchmark implements Benchmark {

    static final double BUDGET = 200_000;

    @Override
    public String id() {
        return "crisis";
    }

    @Override
    public List<Figure> run() throws Exception {
        Options options = new OptionsBuilder()
                .include(ScreeningThroughput.class.getName() + ".screen")
                .forks(1)
                .threads(1)
                .warmupIterations(3)
                .warmupTime(TimeValue.seconds(1))
                .measurementIterations(5)
                .measurementTime(TimeValue.seconds(1))
                .build();
        Collection<RunResult> results = new Runner(options).run();
        double perSecond = results.iterator().next().getPrimaryResult().getScore();
        return List.of(new Figure("crisis screening", perSecond, "messages/s", ">= 200000 messages/s",
                perSecond >= BUDGET));
    }
}
