package app.kindred.app.jar;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's run command, as a newcomer runs it: the packaged kindred-exec.jar in a fresh JVM, on an
 * empty data directory, with no tokens. It must come up healthy, serve the web chat, and refuse a bad
 * setting with its one sentence. Runs after packaging (failsafe), because it needs the jar itself: the
 * merged Spring resources of a flat jar are only tested here.
 */
class KindredJarIT {

    private static final Path JAR = Path.of("target", "kindred-exec.jar");
    private static final Path CLASS_DATA_ARCHIVE = Path.of("target", "kindred.jsa");
    private static final Duration READY_WITHIN = Duration.ofMinutes(3);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final List<Process> started = new ArrayList<>();

    @TempDir
    Path work;

    @AfterEach
    void stopKindred() throws InterruptedException {
        for (Process process : started) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    @Test
    void the_jar_starts_on_an_empty_directory_with_no_tokens_and_is_healthy() throws Exception {
        int port = freePort();
        Process kindred = start("--server.port=" + port);

        awaitReady(kindred, port);

        HttpResponse<String> health = get(port, "/actuator/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"").contains("\"store\":{\"status\":\"UP\"}");
        assertThat(get(port, "/actuator/prometheus").body()).contains("kindred_clock_ticks_seconds");
        assertThat(get(port, "/").statusCode()).isEqualTo(200);
        assertThat(work.resolve("data/kindred.mv.db")).exists();
    }

    @Test
    void a_bad_time_zone_stops_the_jar_with_one_sentence_and_exit_code_1() throws Exception {
        Process kindred = start("--server.port=0", "--kindred.default-time-zone=Mars/Olympus");

        assertThat(kindred.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(kindred.exitValue()).isEqualTo(1);
        assertThat(Files.readString(work.resolve("stderr.txt"), StandardCharsets.UTF_8).strip()).isEqualTo(
                "kindred.default-time-zone is 'Mars/Olympus', which is not a time zone: use an IANA name such as Europe/London.");
    }

    /**
     * Starts the jar as the README's run command does, with the build's class-data archive. -Xshare:on
     * makes a JVM that cannot use the archive refuse to start, so these tests also prove that the
     * archive fits this jar and this JVM; a build with -DskipCds has none to use.
     */
    private Process start(String... arguments) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        if (!Boolean.getBoolean("kindred.skipCds")) {
            assertThat(CLASS_DATA_ARCHIVE).as("the build makes the class-data archive beside the jar").isRegularFile();
            command.addAll(List.of("-Xshare:on", "-XX:SharedArchiveFile=" + CLASS_DATA_ARCHIVE.toAbsolutePath()));
        }
        command.addAll(List.of("-jar", JAR.toAbsolutePath().toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile())
                .redirectOutput(work.resolve("stdout.txt").toFile())
                .redirectError(work.resolve("stderr.txt").toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("KINDRED_"));
        Process process = builder.start();
        started.add(process);
        return process;
    }

    private void awaitReady(Process kindred, int port) throws Exception {
        long deadline = System.nanoTime() + READY_WITHIN.toNanos();
        while (System.nanoTime() < deadline) {
            assertThat(kindred.isAlive()).as("Kindred exited early; stderr: %s", Files.readString(work.resolve("stderr.txt")))
                    .isTrue();
            try {
                if (get(port, "/actuator/health/readiness").statusCode() == 200) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // keep waiting
            }
            Thread.sleep(200);
        }
        throw new AssertionError("Kindred was not ready within " + READY_WITHIN);
    }

    private HttpResponse<String> get(int port, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
