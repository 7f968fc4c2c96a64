package app.kindred.telegram;

import app.kindred.adapter.testing.Eventually;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Conversations through the real TelegramBots client and its long-polling loop, against WireMock acting
 * as the Bot API with updates shaped like Telegram's documentation.
 */
class TelegramLongPollingTest {

    private final TelegramHarness telegram = new TelegramHarness().start();
    private final TelegramHarness.Member maya = telegram.member(111111111L, "Maya", "en");

    @AfterEach
    void stop() {
        telegram.close();
    }

    @Test
    void at_start_the_webhook_is_cleared_and_the_command_menu_registered_in_every_language() {
        assertThat(telegram.api.requests("deleteWebhook")).isNotEmpty();
        var menus = telegram.api.await("setMyCommands", 5);

        assertThat(menus).extracting(menu -> menu.path("language_code").asText(""))
                .containsExactlyInAnyOrder("", "en", "es", "de", "fr");
        var spanish = menus.stream().filter(menu -> menu.path("language_code").asText("").equals("es")).findFirst().orElseThrow();
        Map<String, String> menu = new LinkedHashMap<>();
        spanish.path("commands").forEach(command -> menu.put(command.path("command").asText(), command.path("description").asText()));
        assertThat(menu).containsEntry("start", "Empieza aquí: quién soy y qué guardo")
                .containsEntry("help", "Lo que puedo hacer")
                .containsEntry("helplines", "Personas con las que puedes hablar ahora mismo")
                .containsKeys("checkin", "mood", "tips", "groups", "buddy", "privacy", "export", "forget");
    }

    @Test
    void a_newcomer_sends_start_agrees_and_the_answered_keyboard_is_taken_away() {
        maya.sends("start");

        var welcome = maya.nextMessage();
        assertThat(welcome.path("parse_mode").asText()).isEqualToIgnoringCase("HTML");
        assertThat(welcome.path("text").asText()).startsWith("Hi Maya, I'm <b>Kindred</b>.").contains("not a therapist");
        String consent = TelegramHarness.button(welcome, "I agree, let's start");
        assertThat(maya.profile()).isEmpty();

        maya.presses(consent);

        var allSet = maya.nextMessage();
        assertThat(allSet.path("text").asText()).contains("You're all set");
        assertThat(telegram.api.await("answerCallbackQuery", 1).get(0).path("callback_query_id").asText())
                .isEqualTo("4382bfdwdsb323b2d9");
        var retire = telegram.api.await("editMessageReplyMarkup", 1).get(0);
        assertThat(retire.path("chat_id").asText()).isEqualTo("111111111");
        assertThat(retire.path("message_id").asInt()).isEqualTo(4242);
        assertThat(retire.has("reply_markup")).isFalse();
        assertThat(maya.profile().orElseThrow().hasConsented()).isTrue();
    }

    @Test
    void a_forged_or_stale_button_is_answered_refused_politely_and_changes_nothing() {
        maya.sends("start");
        String genuine = TelegramHarness.button(maya.nextMessage(), "I agree, let's start");
        String forged = genuine.substring(0, genuine.lastIndexOf('~') + 1) + "AAAAAAAAAAA";

        maya.presses(forged);
        assertThat(maya.nextMessage().path("text").asText()).contains("meant for someone else");

        maya.presses("ob.consent~zz");
        assertThat(maya.nextMessage().path("text").asText()).contains("no longer in use");

        assertThat(telegram.api.await("answerCallbackQuery", 2)).hasSize(2);
        assertThat(maya.profile()).isEmpty();
    }

    @Test
    void another_members_button_does_nothing_for_the_presser() {
        maya.sends("start");
        String mayasConsent = TelegramHarness.button(maya.nextMessage(), "I agree, let's start");
        var eve = telegram.member(333333333L, "Eve", "en");

        eve.presses(mayasConsent);

        assertThat(eve.nextMessage().path("text").asText()).contains("meant for someone else");
        assertThat(eve.profile()).isEmpty();
        assertThat(maya.profile()).isEmpty();
    }

    @Test
    void stickers_voice_notes_files_and_edits_get_a_short_reply_in_the_members_language() {
        var lucia = telegram.member(444444444L, "Lucía", "es-ES");

        lucia.sends("sticker");
        assertThat(lucia.nextMessage().path("text").asText()).startsWith("Solo puedo leer mensajes de texto");
        lucia.sends("voice");
        assertThat(lucia.nextMessage().path("text").asText()).startsWith("Solo puedo leer mensajes de texto");
        lucia.sends("document");
        assertThat(lucia.nextMessage().path("text").asText()).startsWith("Solo puedo leer mensajes de texto");
        lucia.sends("edited-message", "text", "en realidad no");
        assertThat(lucia.nextMessage().path("text").asText()).startsWith("Solo veo los mensajes nuevos");
    }

    @Test
    void update_types_kindred_does_not_use_are_skipped_and_polling_goes_on() {
        maya.sends("poll");
        maya.sends("channel-post");
        maya.sends("group-service-message");
        maya.sends("start");

        assertThat(maya.nextMessage().path("text").asText()).contains("Kindred");
        assertThat(telegram.api.calls("sendMessage")).hasSize(1);
    }

    @Test
    void a_crisis_text_is_answered_at_once_with_people_to_talk_to_even_before_consent() {
        maya.writes("i just want to die, i can't do this anymore");

        var reply = maya.nextMessage();
        assertThat(reply.path("text").asText())
                .contains("I'm a bot, not a crisis service, but a person can be with you right now")
                .contains("call your local emergency number")
                .contains("You can write to me any time");
        assertThat(reply.path("reply_markup").path("inline_keyboard").get(0).get(0).path("url").asText())
                .isEqualTo("https://findahelpline.com");
        assertThat(telegram.api.calls("sendMessage")).as("what Maya wrote is never echoed")
                .noneMatch(call -> call.toString().contains("i just want to die"));
    }

    @Test
    void a_member_in_the_uk_in_crisis_gets_the_uk_lines_written_out() {
        maya.sends("start");
        maya.presses(TelegramHarness.button(maya.nextMessage(), "I agree, let's start"));
        maya.nextMessage();
        maya.sendsCommand("/settings country GB");
        maya.nextMessage();

        maya.writes("I want to kill myself");

        assertThat(maya.nextMessage().path("text").asText())
                .contains("<b>People you can talk to now (United Kingdom):</b>")
                .contains("• <b>Samaritans</b>: call 116 123 (24/7)")
                .contains("call <b>999</b>");
    }

    @Test
    void a_429_is_waited_out_for_the_retry_after_telegram_gave_then_the_message_goes() {
        telegram.api.server().stubFor(FakeBotApi.method("sendMessage").atPriority(1)
                .inScenario("flood").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(FakeBotApi.error(429, "Too Many Requests: retry after 1", 1))
                .willSetStateTo("calm"));
        telegram.api.server().stubFor(FakeBotApi.method("sendMessage").atPriority(1)
                .inScenario("flood").whenScenarioStateIs("calm")
                .willReturn(okJson("{\"ok\":true,\"result\":" + FakeBotApi.SENT_MESSAGE + "}")));

        maya.sends("start");

        List<LoggedRequest> attempts = awaitRequests("sendMessage", 2);
        long waited = attempts.get(1).getLoggedDate().getTime() - attempts.get(0).getLoggedDate().getTime();
        assertThat(waited).isGreaterThanOrEqualTo(1000);
        assertThat(attempts.get(1).getBodyAsString()).isEqualTo(attempts.get(0).getBodyAsString());
        assertThat(telegram.outbox.stats().rateLimited()).isEqualTo(1);
        assertThat(telegram.outbox.stats().gaveUp()).isZero();
    }

    @Test
    void a_403_from_a_member_who_blocked_kindred_marks_them_unreachable_and_writing_again_brings_them_back() {
        maya.sends("start");
        maya.presses(TelegramHarness.button(maya.nextMessage(), "I agree, let's start"));
        maya.nextMessage();
        telegram.api.server().stubFor(FakeBotApi.method("sendMessage").atPriority(1)
                .withRequestBody(matchingJsonPath("$.chat_id", equalTo("111111111")))
                .willReturn(FakeBotApi.error(403, "Forbidden: bot was blocked by the user", null)));

        maya.sendsCommand("/settings");

        Eventually.until(() -> maya.profile().orElseThrow().unreachable());
        assertThat(telegram.outbox.stats().unreachable()).isEqualTo(1);
        assertThat(telegram.outbox.stats().retried()).as("a block is not retried").isZero();

        telegram.api.server().resetScenarios();
        telegram.api.server().removeStub(telegram.api.server().getStubMappings().stream()
                .filter(stub -> stub.getPriority() != null && stub.getPriority() == 1).findFirst().orElseThrow());
        maya.sendsCommand("/settings");
        Eventually.until(() -> !maya.profile().orElseThrow().unreachable());
    }

    @Test
    void telegram_telling_us_a_member_blocked_kindred_marks_them_unreachable_too() {
        maya.sends("start");
        maya.presses(TelegramHarness.button(maya.nextMessage(), "I agree, let's start"));
        maya.nextMessage();

        maya.sends("blocked");

        Eventually.until(() -> maya.profile().orElseThrow().unreachable());
    }

    private List<LoggedRequest> awaitRequests(String method, int count) {
        telegram.api.await(method, count);
        return telegram.api.requests(method);
    }
}
