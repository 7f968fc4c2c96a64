package app.kindred.discord;

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
 * Switches Discord on when {@code KINDRED_DISCORD_TOKEN} ({@code kindred.discord.token}) is set. The
 * messenger is a bean the app's {@link Dispatch} picks up; the inbound side takes that Dispatch. The
 * messenger and outbox reach Dispatch lazily, because Dispatch is built from the messengers.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "kindred.discord", name = "token")
@EnableConfigurationProperties(DiscordProperties.class)
public class DiscordConfiguration {

    @Bean
    DiscordSettings discordSettings(DiscordProperties properties) {
        return properties.toSettings();
    }

    @Bean
    Outbox discordOutbox(DiscordSettings settings, ObjectProvider<Dispatch> dispatch,
                         ObjectProvider<DiscordMessenger> messenger, ObjectProvider<MeterRegistry> registry) {
        return Outbox.start("discord", settings.outbox(), new DiscordOutboxEvents(event -> dispatch.getObject().submit(event),
                (delivery, failure) -> messenger.getObject().abandoned(delivery, failure), registry.getIfAvailable()));
    }

    @Bean
    DiscordMessenger discordMessenger(DiscordSettings settings, Outbox discordOutbox, ObjectProvider<Dispatch> dispatch,
                                      ObjectProvider<DiscordGateway> gateway) {
        return new DiscordMessenger(() -> gateway.getObject().get(), discordOutbox,
                address -> dispatch.getObject().kindred().services().pseudonyms().logId(address),
                event -> dispatch.getObject().submit(event), settings);
    }

    @Bean
    DiscordGateway discordGateway(DiscordSettings settings, Dispatch dispatch, DiscordMessenger discordMessenger,
                                  Outbox discordOutbox) {
        DiscordTranslator translator = new DiscordTranslator(settings.community(), settings.groupsChannel());
        return new DiscordGateway(settings, new DiscordInbound(dispatch, discordMessenger, translator), discordOutbox);
    }

    @Bean
    HealthIndicator discordHealthIndicator(DiscordGateway gateway, Outbox discordOutbox, DiscordSettings settings) {
        return new DiscordHealth(gateway, discordOutbox, settings);
    }
}
