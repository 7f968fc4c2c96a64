package app.kindred.telegram;

import app.kindred.core.delivery.Dispatch;
import app.kindred.core.delivery.Outbox;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Switches Telegram on when {@code KINDRED_TELEGRAM_TOKEN} ({@code kindred.telegram.token}) is set.
 * The messenger is a bean the app's {@link Dispatch} picks up; the inbound side takes that Dispatch.
 * The messenger and outbox reach Dispatch lazily, because Dispatch is built from the messengers.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "kindred.telegram", name = "token")
@EnableConfigurationProperties(TelegramProperties.class)
public class TelegramConfiguration {

    @Bean
    TelegramSettings telegramSettings(TelegramProperties properties) {
        return properties.toSettings();
    }

    @Bean
    TelegramApi telegramApi(TelegramSettings settings) {
        return new TelegramApi(settings);
    }

    @Bean
    Outbox telegramOutbox(TelegramSettings settings, ObjectProvider<Dispatch> dispatch,
                          ObjectProvider<MeterRegistry> registry) {
        return Outbox.start("telegram", settings.outbox(),
                new TelegramOutboxEvents(event -> dispatch.getObject().submit(event), registry.getIfAvailable()));
    }

    @Bean
    TelegramMessenger telegramMessenger(TelegramApi api, Outbox telegramOutbox, ObjectProvider<Dispatch> dispatch) {
        return new TelegramMessenger(api.client(), telegramOutbox,
                address -> dispatch.getObject().kindred().services().pseudonyms().logId(address),
                event -> dispatch.getObject().submit(event));
    }

    @Bean
    TelegramInbound telegramInbound(Dispatch dispatch, TelegramApi api, TelegramMessenger telegramMessenger) {
        return new TelegramInbound(dispatch, api.client(), telegramMessenger, new UpdateTranslator(api::username));
    }

    @Bean
    TelegramPolling telegramPolling(TelegramSettings settings, TelegramInbound inbound) {
        return new TelegramPolling(settings, inbound);
    }

    @Bean
    TelegramStartup telegramStartup(TelegramApi api, Dispatch dispatch, TelegramPolling polling) {
        return new TelegramStartup(api, dispatch, polling);
    }

    @Bean
    HealthIndicator telegramHealthIndicator(TelegramStartup startup, Outbox telegramOutbox, TelegramSettings settings) {
        return new TelegramHealth(startup, telegramOutbox, settings);
    }
}
