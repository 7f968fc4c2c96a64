package app.kindred.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.SlackRequestParser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Events API endpoint: Slack posts events (JSON), slash commands and button presses (forms) here.
 * The body is read as the raw bytes Slack sent, because Slack signs those bytes: Spring's
 * {@code @RequestBody String} re-encodes a form ({@code %2A} becomes {@code *}) and {@code @RequestParam}
 * would consume it, and either breaks verification. Bolt verifies the signature and answers; its
 * handlers only queue the work, so the answer goes back well within Slack's three seconds.
 */
@RestController
@ConditionalOnProperty(prefix = "kindred.slack", name = "bot-token")
@ConditionalOnProperty(prefix = "kindred.slack", name = "mode", havingValue = "http", matchIfMissing = true)
class SlackEventsController {

    /** Slack's payloads are a few kilobytes; anything near this is not from Slack. */
    static final int MAX_BODY_BYTES = 1 << 20;
    private static final Logger LOG = LoggerFactory.getLogger(SlackEventsController.class);

    private final App app;
    private final SlackRequestParser parser;
    private final String path;

    SlackEventsController(App slackApp, SlackSettings settings) {
        this.app = slackApp;
        this.parser = new SlackRequestParser(slackApp.config());
        this.path = settings.eventsPath();
    }

    @PostMapping(path = "${kindred.slack.events-path:/slack/events}")
    ResponseEntity<String> receive(@RequestHeader MultiValueMap<String, String> headers, InputStream body) throws Exception {
        byte[] raw = body.readNBytes(MAX_BODY_BYTES + 1);
        if (raw.length > MAX_BODY_BYTES) {
            LOG.warn("the Slack endpoint refused a body over {} bytes", MAX_BODY_BYTES);
            return ResponseEntity.status(413).build();
        }
        Map<String, List<String>> copied = new LinkedHashMap<>();
        headers.forEach((name, values) -> copied.put(name, List.copyOf(values)));
        Request<?> request = parser.parse(SlackRequestParser.HttpRequest.builder()
                .requestUri(path)
                .queryString(Map.of())
                .headers(new RequestHeaders(copied))
                .requestBody(new String(raw, StandardCharsets.UTF_8))
                .build());
        if (request == null) {
            // Never log the body: it may hold what a member wrote.
            LOG.warn("the Slack endpoint received a request that is not from Slack's Events API; refused");
            return ResponseEntity.badRequest().build();
        }
        return answer(app.run(request));
    }

    private static ResponseEntity<String> answer(Response response) {
        ResponseEntity.BodyBuilder answer = ResponseEntity.status(response.getStatusCode() == null ? 200 : response.getStatusCode());
        if (response.getHeaders() != null) {
            response.getHeaders().forEach((name, values) -> values.forEach(value -> answer.header(name, value)));
        }
        if (response.getContentType() != null) {
            answer.contentType(MediaType.parseMediaType(response.getContentType()));
        }
        return answer.body(response.getBody() == null ? "" : response.getBody());
    }
}
