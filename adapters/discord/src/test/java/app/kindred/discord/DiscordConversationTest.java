package app.kindred.discord;

import app.kindred.core.contract.Address;
import app.kindred.core.contract.Platform;
import app.kindred.core.crisis.escalation.CommunitySafety;
import app.kindred.core.crisis.escalation.SafetyContact;
import app.kindred.core.crisis.escalation.SafetyContacts;
import app.kindred.core.mood.MoodEntry;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Conversations on Discord: crisis replies, refused presses, answers in a server, through real JDA against the fake. */
class DiscordConversationTest {

    private static final String PRIYA = "1100000000000000007";

    private final DiscordHarness discord = new DiscordHarness(new FakeDiscord(), parts -> parts.withSafety(SafetyContacts.of(Map.of(
            new SafetyContacts.Community(Platform.DISCORD, FakeDiscord.GUILD_ID),
            new CommunitySafety(List.of(new SafetyContact("Priya", new Address.Direct(Platform.DISCORD, FakeDiscord.GUILD_ID, PRIYA, ""), "en")),
                    CommunitySafety.Policy.CONSENT_ONLY))))).start();
    private final DiscordHarness.Member maya = discord.member("1100000000000000001", "Maya", "en-GB");
    private final DiscordHarness.Member noor = discord.member("1100000000000000002", "Noor", "en-US");
    private final DiscordHarness.Member priya = discord.member(PRIYA, "Priya", "en-GB");

    @AfterEach
    void stop() {
        discord.close();
    }

    @Test
    void a_crisis_message_in_a_dm_is_answered_at_once_with_people_to_talk_to_and_never_echoed() {
        maya.writes("i just want to die, i can't do this anymore");

        JsonNode reply = maya.nextMessage();
        assertThat(reply.path("content").asText())
                .contains("I'm a bot, not a crisis service, but a person can be with you right now")
                .contains("call your local emergency number")
                .contains("You can write to me any time");
        assertThat(reply.path("components").get(0).path("components").get(0).path("url").asText())
                .isEqualTo("https://findahelpline.com");
        assertThat(reply.path("allowed_mentions").path("parse")).isEmpty();
        assertThat(discord.discord.requests("POST", "channels/.*/messages")).as("what Maya wrote is never echoed")
                .noneMatch(request -> request.getBodyAsString().contains("just want to die"));
    }

    @Test
    void a_crisis_written_in_a_server_channel_is_answered_privately_and_the_channel_hears_nothing() {
        maya.mentionsKindredIn(FakeDiscord.GENERAL_CHANNEL, "I keep thinking about killing myself");

        JsonNode reply = maya.nextMessage();
        assertThat(reply.path("content").asText()).contains("I'm a bot, not a crisis service");
        assertThat(discord.discord.requests("POST", "users/@me/channels")).isNotEmpty();
        assertThat(discord.discord.requests("POST", "channels/" + FakeDiscord.GENERAL_CHANNEL + "/messages")).isEmpty();
    }

    @Test
    void a_member_who_asks_for_the_safety_contact_gets_one_and_the_notice_links_to_their_profile() {
        maya.writes("I keep thinking about killing myself");
        JsonNode crisis = maya.awaitMessage("This community has people who can reach out to you: Priya");

        maya.presses(DiscordHarness.button(crisis, "Ask Priya"));

        maya.awaitMessage("I've let Priya know");
        JsonNode notice = priya.nextMessage();
        assertThat(notice.path("content").asText()).contains("Maya").doesNotContain("killing");
        List<JsonNode> links = new java.util.ArrayList<>();
        priya.messages().forEach(m -> m.path("components").forEach(row -> row.path("components").forEach(links::add)));
        assertThat(links).anySatisfy(link -> {
            assertThat(link.path("style").asInt()).isEqualTo(5);
            assertThat(link.path("url").asText()).isEqualTo("https://discord.com/users/" + maya.userId);
            assertThat(link.path("label").asText()).isEqualTo("Message Maya");
        });
    }

    @Test
    void a_forged_button_and_a_button_meant_for_someone_else_are_refused_politely() {
        maya.joinsKindred();
        noor.joinsKindred();
        maya.runs("checkin", "");
        String mayasScore = DiscordHarness.button(maya.nextMessage(), "🙂 4 · Good");

        noor.presses(mayasScore);
        assertThat(noor.nextMessage().path("content").asText()).contains("That button was meant for someone else");

        noor.presses("ck~4~zzzz~Zm9yZ2VkIQ");
        assertThat(noor.nextMessage().path("content").asText()).contains("meant for someone else");

        LocalDate today = LocalDate.of(2026, 3, 2);
        assertThat(discord.kindred.store().moodHistory().between(maya.id(), today, today)).isEmpty();
        assertThat(discord.kindred.store().moodHistory().between(noor.id(), today, today)).extracting(MoodEntry::score).isEmpty();
    }

    @Test
    void a_command_in_a_server_is_answered_only_to_the_member_who_ran_it() {
        maya.runsInServer("helplines", "");

        JsonNode reply = maya.nextMessage();
        assertThat(reply.path("content").asText()).isNotBlank();
        JsonNode defer = FakeDiscord.body(discord.discord.await("POST", "interactions/.*/callback", 1).get(0));
        assertThat(defer.path("type").asInt()).as("a deferred reply").isEqualTo(5);
        assertThat(defer.path("data").path("flags").asInt() & 64).as("ephemeral").isEqualTo(64);
        assertThat(discord.discord.requests("POST", "channels/" + FakeDiscord.GENERAL_CHANNEL + "/messages")).isEmpty();
    }
}
