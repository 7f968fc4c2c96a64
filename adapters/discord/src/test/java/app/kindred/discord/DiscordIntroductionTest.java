package app.kindred.discord;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Someone adds Kindred to their Discord server while it runs: Discord sends a GUILD_CREATE for a server that was
 * not in READY's list, and Kindred says who it is in the server's system channel, or else in its groups channel.
 */
class DiscordIntroductionTest {

    private static final String SERVER = "1310000000000000001";
    private static final String WELCOME = "1310000000000000011";
    private static final String PEER_GROUPS = "1310000000000000010";
    /** A channel overwrite that takes Send Messages (1 << 11) from @everyone, Kindred included. */
    private static final String NO_SENDING = "[{\"id\": \"" + SERVER + "\", \"type\": 0, \"allow\": \"0\", \"deny\": \"2048\"}]";
    private static final String OPEN = "[]";

    private DiscordHarness discord;

    @AfterEach
    void stop() {
        discord.close();
    }

    @Test
    void added_to_a_server_kindred_says_who_it_is_in_the_system_channel_and_to_write_to_it_privately() {
        discord = new DiscordHarness(new FakeDiscord(), UnaryOperator.identity(), null, "").start();

        addedTo("[]", "en-US", OPEN, OPEN);

        JsonNode intro = FakeDiscord.body(discord.discord.await("POST", "channels/" + WELCOME + "/messages", 1).get(0));
        assertThat(intro.path("content").asText())
                .contains("Hi, I'm **Kindred**.")
                .contains("write to me in a private chat and send /start")
                .contains("call your local emergency number");
        assertThat(intro.path("components")).as("nothing to press in the server").isEmpty();
        settled();
        assertThat(discord.discord.requests("POST", "channels/(" + WELCOME + "|" + PEER_GROUPS + ")/messages")).as("said once").hasSize(1);
    }

    @Test
    void a_community_server_whose_system_channel_is_closed_to_kindred_hears_it_in_the_groups_channel_in_its_language() {
        discord = new DiscordHarness(new FakeDiscord(), UnaryOperator.identity(), SERVER, PEER_GROUPS).start();

        addedTo("[\"COMMUNITY\", \"NEWS\"]", "de", NO_SENDING, OPEN);

        JsonNode intro = FakeDiscord.body(discord.discord.await("POST", "channels/" + PEER_GROUPS + "/messages", 1).get(0));
        assertThat(intro.path("content").asText())
                .contains("Hallo, ich bin **Kindred**.")
                .contains("Schreib mir zum Start in einem privaten Chat und sende /start");
        settled();
        assertThat(discord.discord.requests("POST", "channels/" + WELCOME + "/messages")).isEmpty();
    }

    @Test
    void when_no_channel_lets_kindred_write_nothing_is_posted() {
        discord = new DiscordHarness(new FakeDiscord(), UnaryOperator.identity(), SERVER, PEER_GROUPS).start();

        addedTo("[]", "en-US", NO_SENDING, NO_SENDING);

        settled();
        assertThat(discord.discord.requests("POST", "channels/(" + WELCOME + "|" + PEER_GROUPS + ")/messages")).isEmpty();
    }

    @Test
    void added_to_a_server_other_than_the_one_it_serves_kindred_says_nothing_there() {
        discord = new DiscordHarness().start();

        addedTo("[]", "en-US", OPEN, OPEN);

        settled();
        assertThat(discord.discord.requests("POST", "channels/" + WELCOME + "/messages")).isEmpty();
    }

    /** Discord's GUILD_CREATE for the Night Shift Nurses server, which has just added Kindred. */
    private void addedTo(String features, String locale, String welcomeOverwrites, String groupsOverwrites) {
        discord.discord.gateway.dispatch("GUILD_CREATE", Fixtures.json("gateway/guild-join", "features", features,
                "preferred_locale", locale, "welcome_overwrites", welcomeOverwrites, "groups_overwrites", groupsOverwrites,
                "bot_permissions", FakeDiscord.BOT_PERMISSIONS));
    }

    /**
     * Whatever Kindred did about the join is done: JDA hands events to Kindred one at a time, so once a member's
     * later /start is answered the join was handled, and once the outbox is idle its sends went out.
     */
    private void settled() {
        DiscordHarness.Member maya = discord.member("1100000000000000001", "Maya", "en-GB");
        maya.runs("start", "");
        maya.awaitMessage("Kindred");
        try {
            assertThat(discord.outbox.awaitIdle(Duration.ofSeconds(5))).as("the outbox drained").isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
