package app.kindred.telegram;

import app.kindred.adapter.testing.Eventually;
import app.kindred.adapter.testing.KindredTestBeans;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Webhook mode inside Spring, wired by {@link TelegramConfiguration} as the app wires it: the webhook is
 * set at start with its secret, and only requests carrying that secret are read.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, classes = TelegramWebhookTest.App.class,
        properties = {
                "kindred.telegram.token=" + FakeBotApi.TOKEN,
                "kindred.telegram.mode=webhook",
                "kindred.telegram.webhook.public-url=https://kindred.example.org",
                "kindred.telegram.webhook.secret=" + TelegramWebhookTest.SECRET,
                "kindred.telegram.outbox.per-chat=0s",
        })
class TelegramWebhookTest {

    static final String SECRET = "s3cret-Token_1";
    private static final FakeBotApi API = new FakeBotApi();

    @SpringBootConfiguration
    @EnableAutoConfiguration
    @ComponentScan(basePackageClasses = TelegramConfiguration.class)
    @Import(KindredTestBeans.class)
    static class App {
    }

    @DynamicPropertySource
    static void apiUrl(DynamicPropertyRegistry registry) {
        registry.add("kindred.telegram.api-url", API::url);
    }

    @AfterAll
    static void stopApi() {
        API.close();
    }

    @LocalServerPort
    int port;

    @Autowired
    HealthIndicator telegramHealthIndicator;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void the_webhook_is_set_at_start_with_its_secret_and_polling_never_starts() {
        var setWebhook = API.requests("setWebhook");
        assertThat(setWebhook).hasSize(1);
        assertThat(setWebhook.get(0).getBodyAsString())
                .contains("https://kindred.example.org/telegram/webhook")
                .contains(SECRET);
        assertThat(API.requests("getUpdates")).isEmpty();
        assertThat(telegramHealthIndicator.health().getStatus()).isEqualTo(Status.UP);
    }

    @Test
    void a_request_with_a_wrong_or_missing_secret_is_refused_and_not_read() throws Exception {
        int before = API.calls("sendMessage").size();
        String start = Updates.json("start", "user_id", "555555555");

        assertThat(post(start, "not-the-secret").statusCode()).isEqualTo(401);
        assertThat(post(start, null).statusCode()).isEqualTo(401);

        Thread.sleep(300);
        assertThat(API.calls("sendMessage")).hasSize(before);
    }

    @Test
    void an_update_with_the_right_secret_is_answered() throws Exception {
        var response = post(Updates.json("start", "user_id", "666666666", "first_name", "Jo"), SECRET);

        assertThat(response.statusCode()).isEqualTo(200);
        var welcome = Eventually.found(() -> API.calls("sendMessage").stream()
                .filter(call -> call.path("chat_id").asText().equals("666666666")).findFirst().orElse(null),
                () -> "Jo was not welcomed; all sent: " + API.calls("sendMessage"));
        assertThat(welcome.path("text").asText()).startsWith("Hi Jo, I'm <b>Kindred</b>.");
    }

    @Test
    void a_body_that_is_not_an_update_is_acknowledged_so_telegram_does_not_hold_back_the_next_ones() throws Exception {
        assertThat(post("{\"update_id\": \"not a number\"", SECRET).statusCode()).isEqualTo(200);
        assertThat(post(Updates.json("poll"), SECRET).statusCode()).isEqualTo(200);
    }

    @Test
    void an_oversized_body_is_refused() throws Exception {
        assertThat(post("x".repeat(TelegramWebhookController.MAX_UPDATE_BYTES + 10), SECRET).statusCode()).isEqualTo(413);
    }

    private HttpResponse<String> post(String body, String secret) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/telegram/webhook"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (secret != null) {
            request.header(TelegramWebhookController.SECRET_HEADER, secret);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
