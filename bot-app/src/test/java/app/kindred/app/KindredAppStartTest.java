package app.kindred.app;

import app.kindred.core.contract.LocaleHints;
import app.kindred.core.contract.Place;
import app.kindred.core.contract.Platform;
import app.kindred.core.contract.Sender;
import app.kindred.core.contract.TextWritten;
import app.kindred.core.delivery.Dispatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kindred starts as a fresh machine starts it: embedded store in an empty directory, no platform tokens.
 * Health, probes and metrics answer, and what a member writes never reaches the logs.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "kindred.clock-tick=1s")
@ExtendWith(OutputCaptureExtension.class)
class KindredAppStartTest {

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void onAnEmptyDataDirectory(DynamicPropertyRegistry registry) {
        registry.add("kindred.data-dir", () -> dataDir.resolve("data").toString());
    }

    @LocalServerPort
    int port;

    @Autowired
    Dispatch dispatch;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void health_is_up_with_the_store_in_it() throws Exception {
        HttpResponse<String> health = get("/actuator/health");

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).startsWith("{").contains("\"status\":\"UP\"").contains("\"store\":{\"status\":\"UP\"}");
    }

    @Test
    void readiness_includes_the_store_and_liveness_does_not() throws Exception {
        HttpResponse<String> readiness = get("/actuator/health/readiness");
        HttpResponse<String> liveness = get("/actuator/health/liveness");

        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(readiness.body()).contains("\"store\"").contains("\"readinessState\"").doesNotContain("livenessState");
        assertThat(liveness.statusCode()).isEqualTo(200);
        assertThat(liveness.body()).contains("\"livenessState\"").doesNotContain("\"store\"");
    }

    @Test
    void prometheus_metrics_include_the_clock_which_keeps_ticking() throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        String metrics = get("/actuator/prometheus").body();
        while (!metrics.matches("(?s).*kindred_clock_ticks_seconds_count\\{[^}]*} [1-9].*") && System.nanoTime() < deadline) {
            Thread.sleep(200);
            metrics = get("/actuator/prometheus").body();
        }

        assertThat(metrics).containsPattern("kindred_clock_ticks_seconds_count\\{[^}]*} [1-9]")
                .contains("kindred_clock_failures_total").contains("jvm_memory_used_bytes");
    }

    @Test
    void the_store_and_an_owner_only_key_file_are_created_in_the_data_directory() throws Exception {
        Path keyFile = dataDir.resolve("data/kindred.keys");

        assertThat(dataDir.resolve("data/kindred.mv.db")).exists();
        assertThat(keyFile).exists();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile))).isEqualTo("rw-------");
    }

    @Test
    void what_a_member_writes_never_reaches_the_logs(CapturedOutput output) {
        String words = "my landlord Gertrude-Xylophone is evicting me";
        Sender sender = Sender.member(Platform.WEB, "local", "visitor-1", LocaleHints.language("en"));

        dispatch.submit(new TextWritten(sender, Place.direct("visitor-1"), words));

        assertThat(output.getAll()).doesNotContain("Gertrude-Xylophone").doesNotContain("visitor-1");
    }

    private HttpResponse<String> get(String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(10)).GET().build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
