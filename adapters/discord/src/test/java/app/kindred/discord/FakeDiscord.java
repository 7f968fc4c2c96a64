package app.kindred.discord;

import app.kindred.adapter.testing.Eventually;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * Discord on 127.0.0.1: WireMock answers the REST API the way Discord does (JSON bodies, rate-limit and
 * error shapes from the API documentation) and {@link FakeGateway} plays the gateway. A test dispatches
 * events through the gateway and reads back what the real JDA client sent.
 */
final class FakeDiscord implements AutoCloseable {

    static final String TOKEN = "MTQwMDAwMDAwMDAwMDAwMDAwMQ.GkT3st.abcdefghijklmnopqrstuvwxyz0123456789AB";
    static final String BOT_ID = "1400000000000000001";
    static final String GUILD_ID = "1300000000000000001";
    static final String GROUPS_CHANNEL = "1300000000000000010";
    static final String GENERAL_CHANNEL = "1300000000000000011";
    /** View, send, embed, attach, read history, use commands, send in threads, create private threads, manage threads. */
    static final String BOT_PERMISSIONS = "362923854272";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final WireMockServer rest = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort().globalTemplating(true));
    final FakeGateway gateway = new FakeGateway();

    FakeDiscord() {
        this(BOT_PERMISSIONS);
    }

    /** @param botPermissions what the server's role gives Kindred, as Discord's permission bit string */
    FakeDiscord(String botPermissions) {
        rest.start();
        answer(get(api("users/@me")), "rest/self-user");
        rest.stubFor(put(api("applications/" + BOT_ID + "/commands")).willReturn(json("[]")));
        answer(post(api("interactions/[0-9]+/[^/]+/callback")), "rest/interaction-callback");
        answer(patch(api("webhooks/" + BOT_ID + "/[^/]+/messages/[^/]+")), "rest/webhook-message");
        answer(post(api("webhooks/" + BOT_ID + "/[^/]+")), "rest/webhook-message");
        rest.stubFor(delete(api("webhooks/" + BOT_ID + "/[^/]+/messages/[^/]+")).willReturn(aResponse().withStatus(204)));
        answer(post(api("users/@me/channels")), "rest/dm-channel");
        answer(post(api("channels/[0-9]+/messages")), "rest/message");
        answer(patch(api("channels/[0-9]+/messages/[0-9]+")), "rest/message");
        answer(post(api("channels/[0-9]+/threads")), "rest/thread");
        rest.stubFor(put(api("channels/[0-9]+/thread-members/[0-9]+")).willReturn(aResponse().withStatus(204)));
        rest.stubFor(delete(api("channels/[0-9]+")).willReturn(json("{}")));
        gateway.onIdentify(
                Fixtures.json("gateway/ready", "gateway_url", gateway.url()),
                List.of(Fixtures.json("gateway/guild-create", "bot_permissions", botPermissions)));
    }

    static com.github.tomakehurst.wiremock.matching.UrlPathPattern api(String path) {
        return urlPathMatching("/api/v10/" + path);
    }

    private void answer(MappingBuilder mapping, String fixture) {
        rest.stubFor(mapping.willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(Fixtures.read(fixture))));
    }

    static ResponseDefinitionBuilder json(String body) {
        return aResponse().withHeader("Content-Type", "application/json").withBody(body);
    }

    /** Discord's error shape: an HTTP status and a JSON code and message. */
    static ResponseDefinitionBuilder error(int status, int code, String message) {
        return json("{\"message\": \"" + message + "\", \"code\": " + code + "}").withStatus(status);
    }

    /** A per-route 429 as Discord sends it: Retry-After in seconds, and a Via header (without one JDA takes it for Cloudflare). */
    static ResponseDefinitionBuilder rateLimited(int retryAfterSeconds) {
        return json("{\"message\": \"You are being rate limited.\", \"retry_after\": " + retryAfterSeconds + ".0, \"global\": false}")
                .withStatus(429)
                .withHeader("Retry-After", String.valueOf(retryAfterSeconds))
                .withHeader("X-RateLimit-Scope", "user")
                .withHeader("X-RateLimit-Bucket", "80c17d2f203122d936070c88c8d10f33")
                .withHeader("Via", "1.1 google");
    }

    String apiUrl() {
        return "http://127.0.0.1:" + rest.port() + "/api/v10/";
    }

    WireMockServer rest() {
        return rest;
    }

    /** Requests JDA made whose method and path (after /api/v10/) match. */
    List<LoggedRequest> requests(String method, String pathRegex) {
        Pattern path = Pattern.compile("/api/v10/" + pathRegex);
        return rest.findAll(com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor(com.github.tomakehurst.wiremock.client.WireMock.anyUrl()))
                .stream()
                .filter(r -> r.getMethod().equals(RequestMethod.fromString(method)))
                .filter(r -> path.matcher(r.getUrl().split("\\?", 2)[0]).matches())
                .toList();
    }

    /** Waits until at least {@code count} such requests arrived and returns them all. */
    List<LoggedRequest> await(String method, String pathRegex, int count) {
        return Eventually.found(() -> {
            List<LoggedRequest> found = requests(method, pathRegex);
            return found.size() >= count ? found : null;
        }, () -> "expected " + count + " " + method + " " + pathRegex + ", got " + requests(method, pathRegex)
                + "; unmatched: " + rest.findAllUnmatchedRequests());
    }

    /** The JSON a request carried: its body, or the payload_json part of a multipart upload. */
    static JsonNode body(LoggedRequest request) {
        try {
            String contentType = request.getHeader("Content-Type");
            if (contentType != null && contentType.startsWith("multipart/")) {
                for (var part : request.getParts()) {
                    if ("payload_json".equals(part.getName())) {
                        return JSON.readTree(part.getBody().asString());
                    }
                }
                throw new AssertionError("a multipart request without payload_json");
            }
            return JSON.readTree(request.getBodyAsString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<JsonNode> bodies(List<LoggedRequest> requests) {
        List<JsonNode> bodies = new ArrayList<>();
        requests.forEach(r -> bodies.add(body(r)));
        return bodies;
    }

    @Override
    public void close() {
        gateway.close();
        rest.stop();
    }
}
