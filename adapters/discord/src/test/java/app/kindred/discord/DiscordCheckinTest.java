package app.kindred.discord;

import app.kindred.core.mood.MoodEntry;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** Check-ins on Discord, through the real JDA client and its gateway connection against the fake Discord. */
class DiscordCheckinTest {

    private final DiscordHarness discord = new DiscordHarness().start();
    private final DiscordHarness.Member maya = discord.member("1100000000000000001", "Maya", "en-GB");

    @AfterEach
    void stop() {
        discord.close();
    }

    @Test
    void a_member_runs_checkin_in_a_dm_presses_a_score_and_the_answered_scale_is_taken_away() {
        maya.joinsKindred();

        maya.runs("checkin", "");
        JsonNode prompt = maya.nextMessage();
        assertThat(prompt.path("content").asText()).isNotBlank();
        int editsBefore = discord.discord.requests("PATCH", "webhooks/.*/messages/@original").size();

        maya.presses(DiscordHarness.button(prompt, "🙂 4 · Good"));

        JsonNode answer = maya.awaitMessage("Is it about anything in particular?");
        assertThat(DiscordHarness.labels(answer)).contains("Work", "Sleep");
        JsonNode retired = FakeDiscord.body(discord.discord.await("PATCH", "webhooks/.*/messages/@original", editsBefore + 1)
                .get(editsBefore));
        assertThat(retired.path("components")).isEmpty();
        LocalDate today = LocalDate.of(2026, 3, 2);
        assertThat(discord.kindred.store().moodHistory().between(maya.id(), today, today))
                .extracting(MoodEntry::score).containsExactly(4);
    }
}
