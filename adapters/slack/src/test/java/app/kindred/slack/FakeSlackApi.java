package app.kindred.slack;

import app.kindred.adapter.testing.Eventually;
import app.kindred.adapter.testing.JsonFixtures;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * WireMock playing Slack's Web API on 127.0.0.1: answers each method Kindred calls with a response of the
 * shape Slack sends (saved in {@code slack/api/*.json}), and lets a test read back what the real SDK
 * sent. The SDK posts forms; {@link #calls} turns each into JSON, with {@code blocks} parsed.
 */
final class FakeSlackApi implements AutoCloseable {

    static final String TEAM = "T0KINDRED";
    static final String BOT_USER = "U0KINDBOT";
    static final String BOT_TOKEN = "xoxb-1234567890-1234567890123-AbCdEfGhIjKlMnOpQrStUvWx";
    static final String SIGNING_SECRET = "8f742231b10e8888abcd99e1f2a3b4c5";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final WireMockServer server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());

    FakeSlackApi() {
        server.start();
        for (String method : List.of("auth.test", "chat.postMessage", "chat.update", "conversations.open",
                "conversations.create", "conversations.invite", "conversations.archive", "files.getUploadURLExternal",
                "files.completeUploadExternal", "users.info")) {
            server.stubFor(method(method).atPriority(10).willReturn(fixture(method)));
        }
        server.stubFor(any(urlPathMatching("/upload/.*")).atPriority(10).willReturn(aResponse().withStatus(200).withBody("OK - 1234")));
    }

    String apiUrl() {
        return "http://127.0.0.1:" + server.port() + "/api/";
    }

    WireMockServer server() {
        return server;
    }

    static MappingBuilder method(String name) {
        return post(urlPathEqualTo("/api/" + name));
    }

    /** A recorded-shape answer from {@code slack/api/<name>.json}, as Slack sends it (HTTP 200, JSON). */
    ResponseDefinitionBuilder fixture(String name) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json; charset=utf-8")
                .withBody(resource("/slack/api/" + name + ".json").replace("${base}", "http://127.0.0.1:" + server.port()));
    }

    /** Slack's rate limit: HTTP 429 with Retry-After in seconds. */
    ResponseDefinitionBuilder rateLimited(int retryAfterSeconds) {
        return aResponse().withStatus(429).withHeader("Retry-After", String.valueOf(retryAfterSeconds))
                .withHeader("Content-Type", "application/json; charset=utf-8")
                .withBody(resource("/slack/api/ratelimited.json"));
    }

    static String resource(String path) {
        return JsonFixtures.read(path);
    }

    /** Requests to one method, oldest first. */
    List<LoggedRequest> requests(String name) {
        List<LoggedRequest> found = new ArrayList<>(server.findAll(postRequestedFor(urlPathEqualTo("/api/" + name))));
        found.sort(Comparator.comparing(LoggedRequest::getLoggedDate));
        return found;
    }

    /** The calls to one method as JSON (form fields, with blocks and users parsed), oldest first. */
    List<JsonNode> calls(String name) {
        return requests(name).stream().map(r -> form(r.getBodyAsString())).toList();
    }

    /** Waits until a call to the method matches, and returns the first that does. */
    JsonNode await(String name, Predicate<JsonNode> matching) {
        return Eventually.found(() -> calls(name).stream().filter(matching).findFirst().orElse(null),
                () -> "no matching call to " + name + " among " + calls(name));
    }

    static JsonNode form(String body) {
        ObjectNode node = JSON.createObjectNode();
        if (body == null || body.isEmpty()) {
            return node;
        }
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            if (key.equals("blocks")) {
                node.set(key, parse(value));
            } else {
                node.put(key, value);
            }
        }
        return node;
    }

    static JsonNode parse(String json) {
        return JsonFixtures.parse(json);
    }

    @Override
    public void close() {
        server.stop();
    }
}
