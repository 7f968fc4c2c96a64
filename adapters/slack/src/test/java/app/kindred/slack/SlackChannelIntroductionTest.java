package app.kindred.slack;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Someone invites Kindred into a Slack channel: it introduces itself there, once, in the inviter's
 * language, with its commands spelt the Slack way. Everything else that joins a channel passes in silence.
 */
class SlackChannelIntroductionTest extends SlackAppTest {

    @Test
    void invited_into_a_channel_kindred_says_who_it_is_and_how_to_start_privately_once() throws Exception {
        SlackWorkspace workspace = slack();
        SlackWorkspace.Member amir = workspace.member("U0AMIR0001", "amir");
        String eventId = SlackWorkspace.newEventId();

        assertThat(workspace.joins(FakeSlackApi.BOT_USER, "C0TEAMROOM", amir.userId, eventId, Map.of()).statusCode())
                .isEqualTo(200);
        assertThat(workspace.joins(FakeSlackApi.BOT_USER, "C0TEAMROOM", amir.userId, eventId,
                Map.of("X-Slack-Retry-Num", "1", "X-Slack-Retry-Reason", "http_timeout")).statusCode()).isEqualTo(200);

        JsonNode intro = API.await("chat.postMessage", call -> call.path("channel").asText().equals("C0TEAMROOM"));
        assertThat(SlackWorkspace.text(intro))
                .contains("Hi, I'm *Kindred*.")
                .contains("I'm not a therapist and I'm not an emergency service")
                .contains("write to me in a private chat and send /kindred start")
                .contains("call your local emergency number, or send /kindred helplines")
                .doesNotContain(" /start");
        assertThat(SlackWorkspace.labels(intro)).as("nothing to press in a channel").isEmpty();
        settle();
        assertThat(workspace.postsIn("C0TEAMROOM")).as("Slack's retry is not introduced again").hasSize(1);
        assertThat(amir.messages()).as("the inviter is not written to privately").isEmpty();
    }

    @Test
    void invited_by_someone_who_uses_slack_in_spanish_kindred_introduces_itself_in_spanish() {
        SlackWorkspace workspace = slack();
        SlackWorkspace.Member bruno = workspace.member("U0BRUNO001", "bruno");
        API.server().stubFor(FakeSlackApi.method("users.info").atPriority(5)
                .withRequestBody(containing("user=" + bruno.userId))
                .willReturn(okJson(FakeSlackApi.resource("/slack/api/users.info.json")
                        .replace("\"en-US\"", "\"es-ES\"").replace("America/New_York", "Europe/Madrid"))));

        workspace.joins(FakeSlackApi.BOT_USER, "C0EQUIPO01", bruno.userId, SlackWorkspace.newEventId(), Map.of());

        JsonNode intro = API.await("chat.postMessage", call -> call.path("channel").asText().equals("C0EQUIPO01"));
        assertThat(SlackWorkspace.text(intro))
                .contains("Hola, soy *Kindred*.")
                .contains("escríbeme en un chat privado y envía /kindred start");
    }

    @Test
    void another_member_joining_a_channel_kindred_is_in_is_passed_over_in_silence() throws Exception {
        SlackWorkspace workspace = slack();
        SlackWorkspace.Member cora = workspace.member("U0CORA0001", "cora");
        SlackWorkspace.Member dara = workspace.member("U0DARA0001", "dara");

        assertThat(workspace.joins(dara.userId, "C0QUIETRM1", cora.userId, SlackWorkspace.newEventId(), Map.of()).statusCode())
                .isEqualTo(200);
        assertThat(workspace.joins(cora.userId, "C0QUIETRM1", null, SlackWorkspace.newEventId(), Map.of()).statusCode())
                .isEqualTo(200);

        settle();
        assertThat(workspace.postsIn("C0QUIETRM1")).isEmpty();
        assertThat(cora.messages()).isEmpty();
        assertThat(dara.messages()).isEmpty();
        // The same channel does hear from Kindred once Kindred itself is invited: the silence was for the others.
        workspace.joins(FakeSlackApi.BOT_USER, "C0QUIETRM1", cora.userId, SlackWorkspace.newEventId(), Map.of());
        assertThat(SlackWorkspace.text(API.await("chat.postMessage", call -> call.path("channel").asText().equals("C0QUIETRM1"))))
                .contains("Kindred");
    }

    @Test
    void joining_a_channel_nobody_invited_it_to_such_as_a_groups_own_kindred_stays_quiet() throws Exception {
        SlackWorkspace workspace = slack();

        // Slack reports the creator of a new channel joining it, with no inviter: the groups' channels Kindred makes.
        assertThat(workspace.joins(FakeSlackApi.BOT_USER, "C0GROUPRM1", null, SlackWorkspace.newEventId(), Map.of()).statusCode())
                .isEqualTo(200);

        settle();
        assertThat(workspace.postsIn("C0GROUPRM1")).isEmpty();
    }
}
