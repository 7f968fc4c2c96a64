package app.kindred.slack;

import app.kindred.core.contract.LocaleHints;
import app.kindred.core.contract.Platform;
import app.kindred.core.contract.Sender;
import app.kindred.core.member.MemberId;
import app.kindred.core.mood.MoodEntry;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Conversations on Slack through the real Bolt app: every request is signed and posted to Kindred's
 * events endpoint on a real port, and every reply goes through the real SDK to the fake Web API.
 */
class SlackConversationTest extends SlackAppTest {

    @Test
    void a_member_checks_in_presses_a_score_and_the_answered_buttons_are_taken_away() throws Exception {
        SlackWorkspace.Member maya = slack().member("U0MAYA0001", "maya");
        maya.joinsKindred("Europe/London");

        HttpResponse<String> ack = maya.runs("checkin");
        assertThat(ack.statusCode()).isEqualTo(200);
        assertThat(ack.body()).as("in Kindred's DM the command is acknowledged without a note").isEmpty();
        JsonNode prompt = maya.nextMessage();
        assertThat(SlackWorkspace.labels(prompt)).contains("🙂 4 · Good", "Skip today");
        int updatesBefore = API.calls("chat.update").size();

        assertThat(maya.presses(prompt, "🙂 4 · Good").statusCode()).isEqualTo(200);

        JsonNode answer = maya.awaitMessage("Is it about anything in particular?");
        assertThat(SlackWorkspace.labels(answer)).contains("Work", "Sleep");
        JsonNode update = API.await("chat.update", call -> call.path("channel").asText().equals(maya.dm));
        assertThat(API.calls("chat.update")).hasSizeGreaterThan(updatesBefore);
        assertThat(update.path("ts").asText()).isEqualTo("1772442001.000100");
        assertThat(update.path("blocks").findValues("type")).extracting(JsonNode::asText).doesNotContain("actions");
        assertThat(update.path("text").asText()).as("words for notifications and screen readers").isNotBlank();
        LocalDate today = LocalDate.of(2026, 3, 2);
        assertThat(kindred.store().moodHistory().between(id(maya), today, today))
                .extracting(MoodEntry::score).containsExactly(4);
    }

    @Test
    void the_mood_chart_is_uploaded_into_the_members_dm_with_its_alt_text() throws Exception {
        SlackWorkspace.Member ines = slack().member("U0INES0001", "ines");
        ines.joinsKindred("Europe/Lisbon");
        ines.runs("checkin");
        ines.presses(ines.nextMessage(), "🙂 4 · Good");
        ines.awaitMessage("Is it about anything in particular?");
        int uploads = API.calls("files.completeUploadExternal").size();

        ines.runs("mood");

        JsonNode complete = API.await("files.completeUploadExternal", call -> call.path("channel_id").asText().equals(ines.dm));
        assertThat(API.calls("files.completeUploadExternal")).hasSize(uploads + 1);
        JsonNode url = API.calls("files.getUploadURLExternal").get(API.calls("files.getUploadURLExternal").size() - 1);
        assertThat(url.path("filename").asText()).endsWith(".png");
        assertThat(url.path("alt_txt").asText()).isNotBlank();
        assertThat(API.server().findAll(com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(
                com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching("/upload/.*")))).isNotEmpty();
        assertThat(complete.path("files").asText()).contains("F0CHART001");
    }

    @Test
    void a_crisis_dm_gets_the_helplines_privately_at_once_and_what_was_written_is_never_echoed() {
        SlackWorkspace.Member noor = slack().member("U0NOOR0001", "noor");

        assertThat(noor.writes("i just want to die, i can't do this anymore").statusCode()).isEqualTo(200);

        JsonNode reply = noor.nextMessage();
        assertThat(SlackWorkspace.text(reply))
                .contains("I'm a bot, not a crisis service, but a person can be with you right now")
                .contains("You can write to me any time");
        assertThat(SlackWorkspace.labels(reply)).isNotEmpty();
        assertThat(API.calls("chat.postMessage")).as("what Noor wrote is never echoed")
                .noneMatch(call -> call.toString().contains("i just want to die"));
    }

    @Test
    void a_newcomer_in_spain_is_answered_in_spanish_with_spains_helplines_from_what_slack_knows_of_them() {
        SlackWorkspace.Member lucia = slack().member("U0LUCIA001", "lucia");
        API.server().stubFor(FakeSlackApi.method("users.info").atPriority(5)
                .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.containing("user=" + lucia.userId))
                .willReturn(com.github.tomakehurst.wiremock.client.WireMock.okJson(FakeSlackApi.resource("/slack/api/users.info.json")
                        .replace("\"en-US\"", "\"es-ES\"").replace("America/New_York", "Europe/Madrid"))));

        lucia.writes("quiero morirme, ya no puedo más");

        assertThat(SlackWorkspace.text(lucia.nextMessage()))
                .contains("Soy un bot, no un servicio de crisis")
                .contains("Personas con quienes hablar ahora (España)");
    }

    @Test
    void a_crisis_written_in_a_shared_channel_is_answered_in_the_writers_dm_and_the_channel_is_told_nothing() throws Exception {
        SlackWorkspace.Member omar = slack().member("U0OMAR0001", "omar");

        omar.writesIn("C0SHARED01", "group", "I want to kill myself", SlackWorkspace.newEventId(), Map.of());

        assertThat(SlackWorkspace.text(omar.nextMessage())).contains("a person can be with you right now");
        settle();
        assertThat(API.calls("chat.postMessage")).noneMatch(call -> call.path("channel").asText().equals("C0SHARED01"));
    }

    @Test
    void a_forged_button_and_another_members_button_are_refused_politely() throws Exception {
        SlackWorkspace workspace = slack();
        SlackWorkspace.Member pia = workspace.member("U0PIA00001", "pia");
        SlackWorkspace.Member ravi = workspace.member("U0RAVI0001", "ravi");
        pia.joinsKindred("Europe/Berlin");
        ravi.joinsKindred("Europe/Berlin");
        pia.runs("checkin");
        JsonNode piasPrompt = pia.nextMessage();
        JsonNode piasButton = SlackWorkspace.button(piasPrompt, "🙂 4 · Good");

        ravi.pressesValue(piasPrompt, piasButton.path("action_id").asText(), "🙂 4 · Good", piasButton.path("value").asText());
        assertThat(SlackWorkspace.text(ravi.nextMessage())).contains("That button was meant for someone else");

        ravi.pressesValue(piasPrompt, "kindred:0", "🙂 4 · Good", "ck.4.forged-and-unsigned");
        assertThat(SlackWorkspace.text(ravi.nextMessage())).contains("That button is no longer in use");

        settle();
        LocalDate today = LocalDate.of(2026, 3, 2);
        assertThat(kindred.store().moodHistory().between(id(pia), today, today)).isEmpty();
        assertThat(kindred.store().moodHistory().between(id(ravi), today, today)).isEmpty();
    }

    @Test
    void an_event_slack_retries_is_handled_once() throws Exception {
        SlackWorkspace.Member sam = slack().member("U0SAM00001", "sam");
        String eventId = SlackWorkspace.newEventId();

        assertThat(sam.writesIn(sam.dm, "im", "hello there", eventId, Map.of()).statusCode()).isEqualTo(200);
        assertThat(sam.writesIn(sam.dm, "im", "hello there", eventId,
                Map.of("X-Slack-Retry-Num", "1", "X-Slack-Retry-Reason", "http_timeout")).statusCode()).isEqualTo(200);
        sam.nextMessage();
        settle();

        assertThat(sam.messages()).hasSize(1);
        assertThat(sam.writes("hello again").statusCode()).isEqualTo(200);
        sam.nextMessage();
    }

    @Test
    void a_command_run_in_a_channel_is_answered_in_the_dm_with_a_note_only_the_member_sees() {
        SlackWorkspace.Member tess = slack().member("U0TESS0001", "tess");

        HttpResponse<String> ack = tess.runsIn("C0GENERAL1", "general", "/kindred", "helplines");

        assertThat(ack.statusCode()).isEqualTo(200);
        JsonNode note = FakeSlackApi.parse(ack.body());
        assertThat(note.path("text").asText()).startsWith("I've answered you privately in my Messages tab");
        assertThat(note.path("response_type").asText("ephemeral")).as("only the member sees it").isEqualTo("ephemeral");
        assertThat(SlackWorkspace.text(tess.nextMessage())).isNotBlank();
    }

    @Test
    void a_bare_command_shows_help_and_command_names_in_kindreds_words_are_spelt_the_slack_way() {
        SlackWorkspace.Member uma = slack().member("U0UMA00001", "uma");

        uma.runs("");

        String welcome = SlackWorkspace.text(uma.nextMessage());
        assertThat(welcome).contains("send /kindred helplines").contains("/kindred export").doesNotContain(" /helplines");
    }

    private MemberId id(SlackWorkspace.Member member) {
        return kindred.kindred().services().pseudonyms()
                .of(Sender.member(Platform.SLACK, FakeSlackApi.TEAM, member.userId, LocaleHints.none()));
    }
}
