package app.kindred.discord;

import app.kindred.core.delivery.Dispatch;
import app.kindred.core.testing.TestPlatform;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import java.time.Duration;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static org.assertj.core.api.Assertions.assertThat;

class DiscordConfigurationTest {

    private final ApplicationContextRunner app = new ApplicationContextRunner()
            .withBean(Dispatch.class, () -> new Dispatch(TestPlatform.start().kindred()))
            .withUserConfiguration(DiscordConfiguration.class);

    @Test
    void without_a_token_discord_stays_off() {
        app.run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context).doesNotHaveBean(DiscordMessenger.class);
        });
    }

    @Test
    void a_malformed_token_stops_the_start_with_one_sentence_naming_the_key() {
        app.withPropertyValues("kindred.discord.token=not-a-token").run(context -> {
            assertThat(context).hasFailed();
            assertThat(rootCause(context.getStartupFailure()))
                    .isInstanceOf(DiscordSetupException.class)
                    .hasMessageStartingWith("KINDRED_DISCORD_TOKEN (kindred.discord.token) is not a Discord bot token")
                    .hasMessageNotContaining("not-a-token");
        });
    }

    @Test
    void a_server_id_that_is_not_a_number_stops_the_start_with_one_sentence() {
        app.withPropertyValues("kindred.discord.token=" + FakeDiscord.TOKEN, "kindred.discord.server-id=my-server").run(context -> {
            assertThat(context).hasFailed();
            assertThat(rootCause(context.getStartupFailure()))
                    .hasMessageStartingWith("kindred.discord.server-id must be the numeric id of your Discord server");
        });
    }

    @Test
    void with_a_token_discord_connects_and_reports_up_with_its_outbox() {
        try (FakeDiscord discord = new FakeDiscord()) {
            app.withPropertyValues("kindred.discord.token=" + FakeDiscord.TOKEN, "kindred.discord.api-url=" + discord.apiUrl(),
                            "kindred.discord.gateway-url=" + discord.gateway.url(), "kindred.discord.outbox.per-second=20")
                    .run(context -> {
                        assertThat(context).hasNotFailed();
                        assertThat(context).hasSingleBean(DiscordMessenger.class);
                        assertThat(context.getBean(DiscordSettings.class).outbox().perSecond()).isEqualTo(20);
                        assertThat(context.getBean(DiscordGateway.class).awaitReady(Duration.ofSeconds(15))).isTrue();
                        HealthIndicator health = context.getBean("discordHealthIndicator", HealthIndicator.class);
                        assertThat(health.health().getStatus()).isEqualTo(Status.UP);
                        assertThat(health.health().getDetails()).containsEntry("bot", FakeDiscord.BOT_ID).containsEntry("gateway", "connected");
                    });
        }
    }

    @Test
    void a_token_discord_refuses_stops_the_start_with_one_sentence() {
        try (FakeDiscord discord = new FakeDiscord()) {
            discord.rest().stubFor(get(FakeDiscord.api("users/@me")).atPriority(1)
                    .willReturn(FakeDiscord.error(401, 0, "401: Unauthorized")));
            app.withPropertyValues("kindred.discord.token=" + FakeDiscord.TOKEN, "kindred.discord.api-url=" + discord.apiUrl(),
                            "kindred.discord.gateway-url=" + discord.gateway.url())
                    .run(context -> {
                        assertThat(context).hasFailed();
                        assertThat(rootCause(context.getStartupFailure())).hasMessage("Discord refused the token of bot "
                                + FakeDiscord.BOT_ID + ": check KINDRED_DISCORD_TOKEN (reset it on the Bot page of the "
                                + "Discord Developer Portal)");
                    });
        }
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }
}
