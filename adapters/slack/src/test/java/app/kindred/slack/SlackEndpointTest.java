package app.kindred.slack;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The events endpoint: only requests Slack signed are read, over the exact bytes Slack sent. */
class SlackEndpointTest extends SlackAppTest {

    @Autowired
    HealthIndicator slackHealthIndicator;

    @Test
    void a_request_with_a_bad_or_missing_signature_gets_401_and_is_not_read() throws Exception {
        SlackWorkspace workspace = slack();
        SlackWorkspace.Member vera = workspace.member("U0VERA0001", "vera");
        String event = vera.event(vera.dm, "im", "hello", SlackWorkspace.newEventId());
        String now = String.valueOf(Instant.now().getEpochSecond());

        assertThat(workspace.postSigned(event, "application/json", now, "v0=" + "0".repeat(64), Map.of()).statusCode())
                .isEqualTo(401);
        assertThat(workspace.postSigned(event, "application/json", now,
                SlackWorkspace.sign("another-apps-secret-000000000000", now, event), Map.of()).statusCode()).isEqualTo(401);
        String stale = String.valueOf(Instant.now().minusSeconds(600).getEpochSecond());
        assertThat(workspace.postSigned(event, "application/json", stale,
                SlackWorkspace.sign(FakeSlackApi.SIGNING_SECRET, stale, event), Map.of()).statusCode())
                .as("a replayed request from ten minutes ago").isEqualTo(401);

        settle();
        assertThat(vera.messages()).isEmpty();
        // The same event, signed, is read: the refusals above were for the signature alone.
        assertThat(workspace.post(event, "application/json", Map.of()).statusCode()).isEqualTo(200);
        vera.nextMessage();
    }

    @Test
    void a_message_with_non_ascii_characters_verifies_and_is_answered() {
        SlackWorkspace.Member wen = slack().member("U0WEN00001", "wen");

        HttpResponse<String> response = wen.writes("Ça va très mal aujourd’hui 😔 — ¿y tú? 你好");

        assertThat(response.statusCode()).isEqualTo(200);
        wen.nextMessage();
    }

    @Test
    void a_form_with_characters_spring_would_re_encode_verifies() {
        SlackWorkspace.Member xia = slack().member("U0XIA00001", "xia");

        // The text arrives percent-encoded (%2A, %26, %2B): verification must see those bytes, not decoded ones.
        HttpResponse<String> response = xia.runs("checkin *now* & 100% + more ~tildes~ 'quotes'");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(SlackWorkspace.text(xia.nextMessage())).isNotBlank();
    }

    @Test
    void slacks_url_check_is_answered_with_its_challenge() {
        String body = "{\"token\":\"gIkuvaNzQIHg97ATvDxqgjtO\",\"challenge\":\"3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P\","
                + "\"type\":\"url_verification\"}";

        HttpResponse<String> response = slack().post(body, "application/json", Map.of());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P");
    }

    @Test
    void an_event_kindred_does_not_use_is_acknowledged_so_slack_does_not_retry_it() {
        String body = """
                {"token":"gIkuvaNzQIHg97ATvDxqgjtO","team_id":"T0KINDRED","api_app_id":"A0KINDRED",
                 "event":{"type":"reaction_added","user":"U0YAEL0001","reaction":"thumbsup",
                          "item":{"type":"message","channel":"C0GENERAL1","ts":"1772442001.000100"},
                          "item_user":"U0KINDBOT","event_ts":"1772442020.000300"},
                 "type":"event_callback","event_id":"Ev0REACTION1","event_time":1772442020}""";

        assertThat(slack().post(body, "application/json", Map.of()).statusCode()).isEqualTo(200);
    }

    @Test
    void a_body_that_is_not_from_slack_is_refused_and_an_oversized_one_too() {
        assertThat(slack().post("hello=world", "application/x-www-form-urlencoded", Map.of()).statusCode()).isEqualTo(400);
        String huge = "payload=" + URLEncoder.encode("x".repeat(SlackEventsController.MAX_BODY_BYTES), StandardCharsets.UTF_8);
        assertThat(slack().post(huge, "application/x-www-form-urlencoded", Map.of()).statusCode()).isEqualTo(413);
    }

    @Test
    void health_is_up_with_the_workspace_and_the_outbox_counters() {
        Health health = slackHealthIndicator.health();

        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat(health.getDetails()).containsEntry("team", FakeSlackApi.TEAM).containsEntry("botUser", FakeSlackApi.BOT_USER)
                .containsEntry("mode", "http").containsKeys("queued", "sent", "rateLimited", "gaveUp", "unreachable");
    }
}
