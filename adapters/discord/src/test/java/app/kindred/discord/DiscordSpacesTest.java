package app.kindred.discord;

import app.kindred.core.contract.ClockTicked;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.function.UnaryOperator;

import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static org.assertj.core.api.Assertions.assertThat;

/** A group that comes together on Discord meets in a private thread of the groups channel. */
class DiscordSpacesTest {

    private static final String THREAD = "1800000000000000001";

    private DiscordHarness discord;

    @AfterEach
    void stop() {
        discord.close();
    }

    @Test
    void once_three_say_yes_a_private_thread_opens_with_them_in_it_and_the_guidelines_posted_there() {
        discord = new DiscordHarness().start();
        List<DiscordHarness.Member> group = threeWaiting();

        group.forEach(member -> member.presses(DiscordHarness.button(member.awaitMessage("An invitation"), "Yes, I'll join")));

        JsonNode create = FakeDiscord.body(discord.discord.await("POST", "channels/" + FakeDiscord.GROUPS_CHANNEL + "/threads", 1).get(0));
        assertThat(create.path("type").asInt()).as("a private thread").isEqualTo(12);
        assertThat(create.path("name").asText()).startsWith("kindred-work-stress-");
        assertThat(create.path("invitable").asBoolean()).isFalse();
        assertThat(discord.discord.await("PUT", "channels/" + THREAD + "/thread-members/[0-9]+", 3))
                .extracting(request -> request.getUrl().substring(request.getUrl().lastIndexOf('/') + 1))
                .containsExactlyInAnyOrder(group.get(0).userId, group.get(1).userId, group.get(2).userId);
        JsonNode welcome = FakeDiscord.body(discord.discord.await("POST", "channels/" + THREAD + "/messages", 1).get(0));
        assertThat(welcome.path("content").asText()).contains("Welcome to your Work stress group").contains("What's shared here stays here");
        group.forEach(member -> member.awaitMessage("group is open"));
    }

    @Test
    void when_a_member_cannot_be_added_the_half_made_thread_is_deleted_and_the_group_meets_through_kindred() {
        discord = new DiscordHarness().start();
        List<DiscordHarness.Member> group = threeWaiting();
        discord.discord.rest().stubFor(put(FakeDiscord.api("channels/" + THREAD + "/thread-members/" + group.get(2).userId))
                .atPriority(1).willReturn(FakeDiscord.error(403, 50001, "Missing Access")));

        group.forEach(member -> member.presses(DiscordHarness.button(member.awaitMessage("An invitation"), "Yes, I'll join")));

        discord.discord.await("DELETE", "channels/" + THREAD, 1);
        group.forEach(member -> member.awaitMessage("meets through me instead"));
        assertThat(discord.discord.requests("POST", "channels/" + THREAD + "/messages")).isEmpty();
    }

    @Test
    void without_the_right_to_make_private_threads_nothing_is_made_and_the_group_meets_through_kindred() {
        String withoutThreads = String.valueOf(Long.parseLong(FakeDiscord.BOT_PERMISSIONS) & ~(1L << 36) & ~(1L << 34));
        discord = new DiscordHarness(new FakeDiscord(withoutThreads), UnaryOperator.identity()).start();
        List<DiscordHarness.Member> group = threeWaiting();

        group.forEach(member -> member.presses(DiscordHarness.button(member.awaitMessage("An invitation"), "Yes, I'll join")));

        group.forEach(member -> member.awaitMessage("meets through me instead"));
        assertThat(discord.discord.requests("POST", "channels/.*/threads")).isEmpty();
    }

    private List<DiscordHarness.Member> threeWaiting() {
        List<DiscordHarness.Member> group = List.of(discord.member("1100000000000000001", "Ana", "en-GB"),
                discord.member("1100000000000000002", "Ben", "en-GB"), discord.member("1100000000000000003", "Cleo", "en-GB"));
        for (DiscordHarness.Member member : group) {
            member.joinsKindred();
            member.runs("groups", "join work-stress");
            member.awaitMessage("You're on the waitlist");
        }
        // Three are fewer than a full group: the matcher waits a day for a fourth before inviting them.
        discord.kindred.clock().advance(Duration.ofDays(1).plusMinutes(1));
        discord.dispatch.submit(new ClockTicked(discord.kindred.clock().instant()));
        return group;
    }
}
