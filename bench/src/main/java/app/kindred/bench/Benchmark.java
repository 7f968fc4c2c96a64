package app.kindred.bench;

import java.util.List;

/**
 * A benchmark or load driver that measures Kindred against one of its budgets. Implementations are
 * listed in META-INF/services/app.kindred.bench.Benchmark and run by {@link RunAll}.
 */
public interface Benchmark {

    /** A short id to run it alone: {@code java -jar kindred-bench.jar <id>}. */
    String id();

    List<Figure> run() throws Exception;
}
