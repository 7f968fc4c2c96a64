package app.kindred.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;

/** Runs every benchmark (or the ones named as arguments) and prints each figure on its own line. */
public final class RunAll {

    private RunAll() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("java.awt.headless", "true");
        List<Benchmark> benchmarks = new ArrayList<>();
        ServiceLoader.load(Benchmark.class).forEach(benchmarks::add);
        Set<String> known = new TreeSet<>();
        benchmarks.forEach(benchmark -> known.add(benchmark.id()));
        Set<String> wanted = Set.of(args);
        Set<String> unknown = new TreeSet<>(wanted);
        unknown.removeAll(known);
        if (!unknown.isEmpty()) {
            // A typo would otherwise run nothing and print an empty list, which reads like a pass.
            System.err.println("no benchmark is called " + String.join(", ", unknown)
                    + ": name one or more of " + String.join(", ", known) + ", or none to run them all");
            System.exit(2);
        }
        List<Figure> figures = new ArrayList<>();
        for (Benchmark benchmark : benchmarks) {
            if (wanted.isEmpty() || wanted.contains(benchmark.id())) {
                System.err.println("running " + benchmark.id() + " ...");
                List<Figure> measured = benchmark.run();
                measured.forEach(figure -> System.out.println(figure.line()));
                figures.addAll(measured);
            }
        }
        System.out.println();
        System.out.println("figures:");
        figures.forEach(figure -> System.out.println(figure.line()));
    }
}
