package app.kindred.slack;

import app.kindred.adapter.testing.Eventually;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;


import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Socket Mode: Kindred opens the connection with its app-level token, and Slack's envelopes arrive over
 * it. The same Bolt app answers them: each envelope is acknowledged on the socket at once and the reply
 * goes through the Web API, as over HTTP. No events endpoint is served.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, classes = SlackAppTest.App.class,
        properties = {
                "kindred.slack.bot-token=" + FakeSlackApi.BOT_TOKEN,
                "kindred.slack.mode=socket",
                "kindred.slack.app-token=" + SlackSocketModeTest.APP_TOKEN,
                "kindred.slack.outbox.per-channel=0s",
        })
class SlackSocketModeTest {

    static final String APP_TOKEN = "xapp-1-A0KINDRED-1234567890123-0a1b2c3d4e5f60718293a4b5c6d7e8f9";
    private static final FakeSlackApi API = new FakeSlackApi();
    private static final FakeSocketModeServer SOCKET = new FakeSocketModeServer().begin();

    static {
        API.server().stubFor(FakeSlackApi.method("apps.connections.open").atPriority(1)
                .willReturn(okJson("{\"ok\":true,\"url\":\"" + SOCKET.url() + "\"}")));
    }

    @DynamicPropertySource
    static void apiUrl(DynamicPropertyRegistry registry) {
        registry.add("kindred.slack.api-url", API::apiUrl);
    }

    @AfterAll
    static void stop() {
        SOCKET.close();
        API.close();
    }

    @Autowired
    HealthIndicator slackHealthIndicator;

    @Autowired
    ApplicationContext context;

    private final SlackWorkspace workspace = new SlackWorkspace(API, 0, "unused: nothing is signed over Socket Mode");

    @Test
    void the_connection_is_opened_with_the_app_token_and_health_says_so() {
        Eventually.until(SOCKET::connected);

        assertThat(API.requests("apps.connections.open").get(0).getHeader("Authorization")).isEqualTo("Bearer " + APP_TOKEN);
        Eventually.until(() -> slackHealthIndicator.health().getStatus().equals(Status.UP));
        assertThat(slackHealthIndicator.health().getDetails()).containsEntry("mode", "socket");
        assertThat(context.getBeanNamesForType(SlackEventsController.class)).as("no HTTP endpoint over Socket Mode").isEmpty();
    }

    @Test
    void a_command_and_a_dm_over_the_socket_are_acknowledged_at_once_and_answered_through_the_web_api() {
        Eventually.until(SOCKET::connected);
        SlackWorkspace.Member maya = workspace.member("U0SMAYA001", "maya");

        SOCKET.push(envelope("env-cmd-1", "slash_commands", true, """
                {"token":"gIkuvaNzQIHg97ATvDxqgjtO","team_id":"T0KINDRED","team_domain":"kindred-test",
                 "channel_id":"%s","channel_name":"directmessage","user_id":"%s","user_name":"maya",
                 "command":"/kindred","text":"helplines","api_app_id":"A0KINDRED","is_enterprise_install":"false",
                 "response_url":"https://hooks.slack.com/commands/T0KINDRED/1/abc","trigger_id":"1.2.3"}"""
                .formatted(maya.dm, maya.userId)));

        assertThat(SOCKET.awaitAck("env-cmd-1")).contains("\"envelope_id\":\"env-cmd-1\"");
        JsonNode helplines = maya.nextMessage();
        assertThat(SlackWorkspace.text(helplines)).isNotBlank();

        String event = maya.event(maya.dm, "im", "i just want to die, i can't do this anymore", SlackWorkspace.newEventId());
        SOCKET.push(envelope("env-evt-1", "events_api", false, event));

        SOCKET.awaitAck("env-evt-1");
        assertThat(SlackWorkspace.text(maya.nextMessage())).contains("a person can be with you right now");
    }

    private static String envelope(String id, String type, boolean acceptsResponse, String payload) {
        return "{\"envelope_id\":\"" + id + "\",\"type\":\"" + type + "\",\"accepts_response_payload\":" + acceptsResponse
                + ",\"retry_attempt\":0,\"retry_reason\":\"\",\"payload\":" + payload + "}";
    }
}
