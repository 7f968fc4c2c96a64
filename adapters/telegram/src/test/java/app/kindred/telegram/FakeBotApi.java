package app.kindred.telegram;

import app.kindred.adapter.testing.Eventually;
import app.kindred.adapter.testing.JsonFixtures;
import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * WireMock playing the Telegram Bot API on 127.0.0.1: answers every method Kindred calls the way the
 * real API does (JSON bodies, {"ok": ..., "result": ...}), serves pushed updates to getUpdates, and lets
 * a test read back what the real TelegramBots client sent. Method paths are matched case-insensitively,
 * because the client writes some in lower case.
 */
final class FakeBotApi implements AutoCloseable {

    static final String TOKEN = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw1";
    static final String SENT_MESSAGE = """
            {"message_id": 4242, "date": 1772442001, "chat": {"id": 111111111, "type": "private"}, "text": "ok"}""";
    private static final String ME = """
            {"id": 7000000001, "is_bot": true, "first_name": "Kindred", "username": "KindredTestBot",
             "can_join_groups": true, "can_read_all_group_messages": false, "supports_inline_queries": false}""";

    private final WireMockServer server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
    private final List<String> updates = new CopyOnWriteArrayList<>();

    FakeBotApi() {
        server.start();
        answer("deleteWebhook", "true");
        answer("setWebhook", "true");
        answer("setMyCommands", "true");
        answer("answerCallbackQuery", "true");
        answer("getMe", ME);
        answer("sendMessage", SENT_MESSAGE);
        answer("sendPhoto", SENT_MESSAGE);
        answer("sendDocument", SENT_MESSAGE);
        answer("editMessageReplyMarkup", SENT_MESSAGE);
        serveUpdates();
    }

    String url() {
        return "http://127.0.0.1:" + server.port();
    }

    WireMockServer server() {
        return server;
    }

    static MappingBuilder method(String name) {
        return post(urlPathMatching("/bot[^/]+/(?i)" + name));
    }

    void answer(String name, String result) {
        server.stubFor(method(name).atPriority(10).willReturn(okJson("{\"ok\":true,\"result\":" + result + "}")));
    }

    /** An error exactly as the Bot API sends one: the HTTP status and the same code in the JSON body. */
    static ResponseDefinitionBuilder error(int code, String description, Integer retryAfter) {
        String parameters = retryAfter == null ? "" : ",\"parameters\":{\"retry_after\":" + retryAfter + "}";
        return aResponse().withStatus(code).withHeader("Content-Type", "application/json")
                .withBody("{\"ok\":false,\"error_code\":" + code + ",\"description\":\"" + description + "\"" + parameters + "}");
    }

    /** The next getUpdates answers with everything pushed so far; the poller drops what it already saw. */
    void push(String updateJson) {
        updates.add(updateJson);
        serveUpdates();
    }

    private void serveUpdates() {
        // A short delay stands in for Telegram's long poll, so the loop does not spin.
        server.stubFor(method("getUpdates").atPriority(10).willReturn(
                okJson("{\"ok\":true,\"result\":[" + String.join(",", updates) + "]}").withFixedDelay(50)));
    }

    /** Requests to one method, oldest first. */
    List<LoggedRequest> requests(String name) {
        List<LoggedRequest> found = new ArrayList<>(server.findAll(postRequestedFor(urlPathMatching("/bot[^/]+/(?i)" + name))));
        found.sort(Comparator.comparing(LoggedRequest::getLoggedDate));
        return found;
    }

    /** JSON bodies of the calls to one method, oldest first. */
    List<JsonNode> calls(String name) {
        return requests(name).stream().map(r -> parse(r.getBodyAsString())).toList();
    }

    /** Waits until at least {@code count} calls to a method arrived, and returns them all. */
    List<JsonNode> await(String name, int count) {
        return Eventually.found(() -> {
            List<JsonNode> calls = calls(name);
            return calls.size() >= count ? calls : null;
        }, () -> "expected " + count + " calls to " + name + " but got " + calls(name).size());
    }

    static JsonNode parse(String json) {
        return JsonFixtures.parse(json);
    }

    @Override
    public void close() {
        server.stop();
    }
}
