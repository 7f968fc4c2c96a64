package app.kindred.discord;

import app.kindred.adapter.testing.Eventually;
import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Select menus, charts and files on Discord, through real JDA against the fake. */
class DiscordMenusAndFilesTest {

    private final DiscordHarness discord = new DiscordHarness().start();
    private final DiscordHarness.Member maya = discord.member("1100000000000000001", "Maya", "en-GB");

    @AfterEach
    void stop() {
        discord.close();
    }

    @Test
    void a_topic_chosen_from_the_groups_menu_puts_the_member_on_its_waitlist() {
        maya.joinsKindred();
        maya.runs("groups", "");

        JsonNode menu = maya.nextMessage();
        JsonNode select = null;
        for (JsonNode row : menu.path("components")) {
            for (JsonNode component : row.path("components")) {
                if (component.path("type").asInt() == 3) {
                    select = component;
                }
            }
        }
        assertThat(select).as("a select menu in " + menu).isNotNull();
        String workStress = null;
        for (JsonNode option : select.path("options")) {
            if (option.path("label").asText().equals("Work stress")) {
                workStress = option.path("value").asText();
            }
        }
        assertThat(workStress).isNotNull();

        maya.chooses(select.path("custom_id").asText(), workStress);

        maya.awaitMessage("You're on the waitlist for **Work stress**");
    }

    @Test
    void the_mood_chart_is_attached_with_its_alt_text_as_the_description() {
        maya.joinsKindred();
        maya.runs("checkin", "");
        maya.presses(DiscordHarness.button(maya.nextMessage(), "🙂 4 · Good"));
        maya.awaitMessage("Is it about anything in particular?");

        maya.runs("mood", "");

        LoggedRequest chart = Eventually.found(() -> discord.discord.requests("POST", "webhooks/.*").stream()
                        .filter(r -> String.valueOf(r.getHeader("Content-Type")).startsWith("multipart/")).findFirst().orElse(null),
                () -> "no multipart upload of the chart, as a reply through the command's hook");
        JsonNode payload = FakeDiscord.body(chart);
        assertThat(payload.path("attachments").get(0).path("filename").asText()).endsWith(".png");
        assertThat(payload.path("attachments").get(0).path("description").asText()).isNotBlank();
        assertThat(chart.getParts()).anySatisfy(part -> assertThat(part.getName()).isEqualTo("files[0]"));
    }

    @Test
    void a_file_sent_in_a_dm_gets_a_short_reply_saying_kindred_reads_text_only() {
        maya.sendsAFile();

        assertThat(maya.nextMessage().path("content").asText()).contains("I can only read text messages");
    }

    @Test
    void a_reply_that_outlives_its_interaction_goes_to_the_members_dm() {
        maya.runsStale("helplines");

        JsonNode reply = maya.nextMessage();
        assertThat(reply.path("content").asText()).isNotBlank();
        assertThat(discord.discord.requests("POST", "channels/" + maya.userId + "/messages")).hasSize(1);
    }
}
