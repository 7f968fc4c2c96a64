package app.kindred.telegram;

import app.kindred.adapter.testing.Eventually;
import app.kindred.core.contract.ClockTicked;
import app.kindred.core.mood.MoodEntry;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static org.assertj.core.api.Assertions.assertThat;

/** Check-ins on Telegram, through the real client and polling loop against the fake Bot API. */
class TelegramCheckinTest {

    private final TelegramHarness telegram = new TelegramHarness().start();
    private final TelegramHarness.Member maya = telegram.member(111111111L, "Maya", "en");

    @AfterEach
    void stop() {
        telegram.close();
    }

    @Test
    void a_member_checks_in_presses_a_score_and_the_answered_scale_is_taken_away() {
        agreeAndSetZone();

        maya.sendsCommand("/checkin");
        JsonNode prompt = maya.nextMessage();
        assertThat(prompt.path("text").asText()).isNotBlank();
        int editsBefore = telegram.api.calls("editMessageReplyMarkup").size();
        int acksBefore = telegram.api.calls("answerCallbackQuery").size();

        maya.presses(TelegramHarness.button(prompt, "🙂 4 · Good"));

        JsonNode answer = maya.nextMessage();
        assertThat(answer.path("text").asText()).contains("Is it about anything in particular?");
        assertThat(labels(answer)).contains("Work", "Sleep");
        assertThat(telegram.api.await("answerCallbackQuery", acksBefore + 1)).hasSize(acksBefore + 1);
        assertThat(telegram.api.await("editMessageReplyMarkup", editsBefore + 1)).hasSize(editsBefore + 1);
        LocalDate today = LocalDate.of(2026, 3, 2);
        assertThat(telegram.kindred.store().moodHistory().between(maya.id(), today, today))
                .extracting(MoodEntry::score).containsExactly(4);
    }

    @Test
    void a_scheduled_check_in_arrives_and_after_a_block_nothing_more_is_scheduled() throws Exception {
        agreeAndSetZone();
        maya.sendsCommand("/checkin 09:30");
        assertThat(maya.nextMessage().path("text").asText()).contains("09:30");

        tickAt(Duration.ofMinutes(30));
        JsonNode scheduled = maya.nextMessage();
        assertThat(labels(scheduled)).contains("🙂 4 · Good", "Skip today");

        telegram.api.server().stubFor(FakeBotApi.method("sendMessage").atPriority(1)
                .withRequestBody(matchingJsonPath("$.chat_id", equalTo("111111111")))
                .willReturn(FakeBotApi.error(403, "Forbidden: bot was blocked by the user", null)));
        tickAt(Duration.ofDays(1));
        Eventually.until(() -> maya.profile().orElseThrow().unreachable());
        int attempts = maya.messages().size();

        tickAt(Duration.ofDays(1));
        tickAt(Duration.ofDays(1));
        assertThat(telegram.outbox.awaitIdle(Duration.ofSeconds(5))).isTrue();
        assertThat(maya.messages()).as("no check-in is even tried once Maya blocked Kindred").hasSize(attempts);
    }

    private void agreeAndSetZone() {
        maya.sends("start");
        maya.presses(TelegramHarness.button(maya.nextMessage(), "I agree, let's start"));
        maya.nextMessage();
        maya.sendsCommand("/settings timezone Europe/London");
        assertThat(maya.nextMessage().path("text").asText()).contains("Europe/London");
    }

    /** The app's scheduler ticks the core through Dispatch; here the test moves the clock and ticks once. */
    private void tickAt(Duration later) {
        telegram.kindred.clock().advance(later);
        telegram.dispatch.submit(new ClockTicked(telegram.kindred.clock().instant()));
    }

    private static java.util.List<String> labels(JsonNode message) {
        java.util.List<String> labels = new java.util.ArrayList<>();
        message.path("reply_markup").path("inline_keyboard").forEach(row -> row.forEach(b -> labels.add(b.path("text").asText())));
        return labels;
    }
}
