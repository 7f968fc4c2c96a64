package app.kindred.discord;

import app.kindred.adapter.testing.Eventually;
import app.kindred.core.delivery.OutboxStats;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static org.assertj.core.api.Assertions.assertThat;

/** What Discord's refusals do to delivery: a 429 is waited out, closed DMs mark the member unreachable. */
class DiscordDeliveryTest {

    private final DiscordHarness discord = new DiscordHarness().start();
    private final DiscordHarness.Member maya = discord.member("1100000000000000001", "Maya", "en-GB");

    @AfterEach
    void stop() {
        discord.close();
    }

    @Test
    void a_429_is_waited_out_for_the_retry_after_discord_gave_then_the_message_goes_once() throws Exception {
        discord.discord.rest().stubFor(post(FakeDiscord.api("channels/" + maya.userId + "/messages")).atPriority(1)
                .inScenario("flood").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(FakeDiscord.rateLimited(1))
                .willSetStateTo("calm"));

        maya.writes("hello there");

        maya.nextMessage();
        List<LoggedRequest> attempts = discord.discord.await("POST", "channels/" + maya.userId + "/messages", 2);
        assertThat(attempts).hasSize(2);
        Duration waited = Duration.between(attempts.get(0).getLoggedDate().toInstant(), attempts.get(1).getLoggedDate().toInstant());
        assertThat(waited).isGreaterThanOrEqualTo(Duration.ofMillis(950));
        assertThat(discord.outbox.awaitIdle(Duration.ofSeconds(5))).isTrue();
        OutboxStats stats = discord.outbox.stats();
        assertThat(stats.gaveUp()).isZero();
        assertThat(discord.discord.requests("POST", "channels/" + maya.userId + "/messages"))
                .as("one refused attempt and one that went: nothing sent twice").hasSize(2);
    }

    @Test
    void closed_dms_mark_the_member_unreachable_and_writing_again_makes_them_reachable() {
        maya.joinsKindred();
        discord.discord.rest().stubFor(post(FakeDiscord.api("channels/" + maya.userId + "/messages")).atPriority(1)
                .inScenario("closed").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(FakeDiscord.error(403, 50007, "Cannot send messages to this user"))
                .willSetStateTo("open again"));

        maya.writes("hello");

        Eventually.until(() -> maya.profile().orElseThrow().unreachable());
        assertThat(discord.outbox.stats().unreachable()).isEqualTo(1);
        assertThat(discord.outbox.stats().retried()).as("a closed DM is not retried").isZero();

        maya.writes("I opened my DMs again");
        Eventually.until(() -> !maya.profile().orElseThrow().unreachable());
        maya.awaitMessage("");
    }
}
