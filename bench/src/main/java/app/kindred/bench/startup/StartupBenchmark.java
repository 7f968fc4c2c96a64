package app.kindred.bench.startup;

import app.kindred.bench.Benchmark;
import app.kindred.bench.Figure;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * App start to ready on the embedded default: launches the real jar as the README's run command does
 * (with the class-data archive the build makes beside it) as a fresh process on an empty data directory
 * with no tokens, polls the readiness probe, and takes the median of several runs. The time includes the
 * JVM starting, as a person or a container runtime would see it.
 */
public final class StartupBenchmark implements Benchmark {

    private static final int WARMUP_RUNS = 1;
    private static final int MEASURED_RUNS = 5;
    private static final long BUDGET_MS = 3000;
    private static final Duration GIVE_UP_AFTER = Duration.ofSeconds(60);
    private static final String JAR = "bot-app/target/kindred-exec.jar";
    private static final String CLASS_DATA_ARCHIVE = "kindred.jsa";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(200)).build();

    @Override
    public String id() {
        return "startup";
    }

    @Override
    public List<Figure> run() throws Exception {
        Path jar = findJar();
        Path archive = jar.resolveSibling(CLASS_DATA_ARCHIVE);
        if (!Files.isRegularFile(archive)) {
            throw new IllegalStateException(archive + " is missing: the run command uses it, so build bot-app without "
                    + "-DskipCds (the README's benchmark command does)");
        }
        for (int i = 0; i < WARMUP_RUNS; i++) {
            startToReady(jar, archive);
        }
        List<Long> millis = new ArrayList<>();
        for (int i = 0; i < MEASURED_RUNS; i++) {
            millis.add(startToReady(jar, archive));
        }
        millis.sort(Comparator.naturalOrder());
        long median = millis.get(millis.size() / 2);
        System.err.println("startup runs (ms, sorted): " + millis);
        return List.of(new Figure("app start to ready", median, "ms", "<= " + BUDGET_MS + " ms", median <= BUDGET_MS));
    }

    /** One cold start: a new JVM, a new data directory, until readiness answers UP. */
    private long startToReady(Path jar, Path archive) throws Exception {
        Path dataDir = Files.createTempDirectory("kindred-startup");
        int port = freePort();
        Path log = dataDir.resolve("kindred.log");
        // -Xshare:on: a JVM that cannot use the archive refuses to start rather than measure something else.
        ProcessBuilder builder = new ProcessBuilder(javaExecutable(), "-Xshare:on", "-XX:SharedArchiveFile=" + archive,
                "-jar", jar.toString(),
                "--server.port=" + port, "--kindred.data-dir=" + dataDir.resolve("data"))
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("KINDRED_"));
        long start = System.nanoTime();
        Process process = builder.start();
        try {
            URI readiness = URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness");
            while (!isUp(readiness)) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("Kindred exited with " + process.exitValue() + " before it was ready; see " + log);
                }
                if (System.nanoTime() - start > GIVE_UP_AFTER.toNanos()) {
                    throw new IllegalStateException("Kindred was not ready after " + GIVE_UP_AFTER.toSeconds() + " s; see " + log);
                }
                Thread.sleep(10);
            }
            return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        } finally {
            process.destroy();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
            deleteQuietly(dataDir);
        }
    }

    private boolean isUp(URI readiness) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(readiness).timeout(Duration.ofSeconds(2)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 && response.body().contains("\"UP\"");
        } catch (IOException notYet) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The runnable jar, from the repository root or below it; -Dkindred.jar=... points elsewhere. */
    private static Path findJar() {
        String configured = System.getProperty("kindred.jar");
        if (configured != null) {
            return Path.of(configured);
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(JAR);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException(JAR + " was not found: build it first (see the README's benchmark command) "
                + "or pass -Dkindred.jar=/path/to/kindred-exec.jar");
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // A temp directory left behind is harmless.
        }
    }
}
