package app.kindred.slack;

import app.kindred.core.delivery.Dispatch;
import app.kindred.core.testing.TestPlatform;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static org.assertj.core.api.Assertions.assertThat;

class SlackConfigurationTest {

    private final ApplicationContextRunner app = new ApplicationContextRunner()
            .withBean(Dispatch.class, () -> new Dispatch(TestPlatform.start().kindred()))
            .withUserConfiguration(SlackConfiguration.class);

    @Test
    void without_a_bot_token_slack_stays_off() {
        app.run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context).doesNotHaveBean(SlackMessenger.class);
        });
    }

    @Test
    void a_token_that_is_not_a_bot_token_stops_the_start_with_one_sentence_that_does_not_repeat_it() {
        app.withPropertyValues("kindred.slack.bot-token=xoxp-1234-user-token-oops", "kindred.slack.signing-secret="
                + FakeSlackApi.SIGNING_SECRET).run(context -> {
            assertThat(context).hasFailed();
            assertThat(rootCause(context.getStartupFailure()))
                    .hasMessage("KINDRED_SLACK_BOT_TOKEN (kindred.slack.bot-token) is not a Slack bot token: use the Bot "
                            + "User OAuth Token from your app's OAuth & Permissions page, which starts with xoxb-.")
                    .hasMessageNotContaining("oops");
        });
    }

    @Test
    void a_missing_signing_secret_stops_the_start_with_one_sentence() {
        app.withPropertyValues("kindred.slack.bot-token=" + FakeSlackApi.BOT_TOKEN).run(context -> {
            assertThat(context).hasFailed();
            assertThat(rootCause(context.getStartupFailure())).hasMessageStartingWith(
                    "KINDRED_SLACK_SIGNING_SECRET (kindred.slack.signing-secret) must be the 32-character Signing Secret");
        });
    }

    @Test
    void socket_mode_without_an_app_token_stops_the_start_with_one_sentence() {
        app.withPropertyValues("kindred.slack.bot-token=" + FakeSlackApi.BOT_TOKEN, "kindred.slack.mode=socket").run(context -> {
            assertThat(context).hasFailed();
            assertThat(rootCause(context.getStartupFailure()))
                    .hasMessageStartingWith("KINDRED_SLACK_APP_TOKEN (kindred.slack.app-token) must be an app-level token");
        });
    }

    @Test
    void with_credentials_the_messenger_the_outbox_and_health_are_there_and_the_token_is_checked() {
        try (FakeSlackApi api = new FakeSlackApi()) {
            app.withPropertyValues("kindred.slack.bot-token=" + FakeSlackApi.BOT_TOKEN,
                            "kindred.slack.signing-secret=" + FakeSlackApi.SIGNING_SECRET,
                            "kindred.slack.api-url=" + api.apiUrl(), "kindred.slack.outbox.per-second=5",
                            "kindred.slack.outbox.per-channel=2s", "kindred.slack.outbox.channel-burst=4")
                    .run(context -> {
                        assertThat(context).hasNotFailed();
                        assertThat(context).hasSingleBean(SlackMessenger.class);
                        assertThat(context).hasBean("slackHealthIndicator");
                        assertThat(context.getBean(SlackSettings.class).outbox().perSecond()).isEqualTo(5);
                        assertThat(context.getBean(SlackSettings.class).outbox().conversationInterval())
                                .isEqualTo(java.time.Duration.ofSeconds(2));
                        assertThat(context.getBean(SlackSettings.class).outbox().conversationBurst()).isEqualTo(4);
                        assertThat(api.requests("auth.test")).isNotEmpty();
                        assertThat(api.requests("auth.test").get(0).getHeader("Authorization"))
                                .isEqualTo("Bearer " + FakeSlackApi.BOT_TOKEN);
                    });
        }
    }

    @Test
    void a_token_slack_refuses_stops_the_start_with_one_sentence() {
        try (FakeSlackApi api = new FakeSlackApi()) {
            api.server().stubFor(FakeSlackApi.method("auth.test").atPriority(1)
                    .willReturn(okJson("{\"ok\":false,\"error\":\"invalid_auth\"}")));
            app.withPropertyValues("kindred.slack.bot-token=" + FakeSlackApi.BOT_TOKEN,
                            "kindred.slack.signing-secret=" + FakeSlackApi.SIGNING_SECRET, "kindred.slack.api-url=" + api.apiUrl())
                    .run(context -> {
                        assertThat(context).hasFailed();
                        assertThat(rootCause(context.getStartupFailure())).hasMessage("Slack refused the bot token "
                                + "(invalid_auth): check KINDRED_SLACK_BOT_TOKEN (the Bot User OAuth Token on your app's "
                                + "OAuth & Permissions page).");
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
