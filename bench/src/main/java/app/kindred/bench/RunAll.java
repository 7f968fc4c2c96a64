package app.kindred.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;

/** Runs every benchmark (or the ones named as arguments) and prints each figure on its own line. */
public final class RunAll {

    private RunAll() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("java.awt.headless", "true");
        Set<String> wanted = Set.of(args);
        List<Figure> figures = new ArrayList<>();
        for (Benchmark benchmark : ServiceLoader.load(Benchmark.class)) {
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
