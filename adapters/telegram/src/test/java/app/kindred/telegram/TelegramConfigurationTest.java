package app.kindred.telegram;

import app.kindred.core.delivery.Dispatch;
import app.kindred.core.testing.TestPlatform;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

class TelegramConfigurationTest {

    private final ApplicationContextRunner app = new ApplicationContextRunner()
            .withBean(Dispatch.class, () -> new Dispatch(TestPlatform.start().kindred()))
            .withUserConfiguration(TelegramConfiguration.class);

    @Test
    void without_a_token_telegram_stays_off() {
        app.run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context).doesNotHaveBean(TelegramMessenger.class);
        });
    }

    @Test
    void a_malformed_token_stops_the_start_with_one_sentence_saying_what_to_fix() {
        app.withPropertyValues("kindred.telegram.token=12345-oops").run(context -> {
            assertThat(context).hasFailed();
            assertThat(rootCause(context.getStartupFailure())).hasMessageContaining("KINDRED_TELEGRAM_TOKEN").hasMessageNotContaining("12345-oops");
        });
    }

    @Test
    void with_a_token_the_messenger_the_outbox_and_health_are_there() {
        try (FakeBotApi api = new FakeBotApi()) {
            app.withPropertyValues("kindred.telegram.token=" + FakeBotApi.TOKEN, "kindred.telegram.api-url=" + api.url(),
                            "kindred.telegram.outbox.per-second=20")
                    .run(context -> {
                        assertThat(context).hasSingleBean(TelegramMessenger.class);
                        assertThat(context).hasBean("telegramHealthIndicator");
                        assertThat(context.getBean(TelegramSettings.class).outbox().perSecond()).isEqualTo(20);
                        assertThat(api.requests("getMe")).hasSize(1);
                    });
        }
    }

    @Test
    void a_token_telegram_refuses_stops_the_start_with_one_sentence() {
        try (FakeBotApi api = new FakeBotApi()) {
            api.server().stubFor(FakeBotApi.method("getMe").atPriority(1).willReturn(FakeBotApi.error(401, "Unauthorized", null)));
            app.withPropertyValues("kindred.telegram.token=" + FakeBotApi.TOKEN, "kindred.telegram.api-url=" + api.url())
                    .run(context -> {
                        assertThat(context).hasFailed();
                        assertThat(rootCause(context.getStartupFailure()))
                                .hasMessage("Telegram refused the bot token of bot 123456789: check KINDRED_TELEGRAM_TOKEN "
                                        + "(ask @BotFather for the current one)");
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
