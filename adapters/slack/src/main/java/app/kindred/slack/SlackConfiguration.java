package app.kindred.slack;

import app.kindred.core.delivery.Dispatch;
import app.kindred.core.delivery.Outbox;
import app.kindred.core.prompts.Say;
import com.slack.api.bolt.App;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Switches Slack on when {@code KINDRED_SLACK_BOT_TOKEN} ({@code kindred.slack.bot-token}) is set. The
 * messenger is a bean the app's {@link Dispatch} picks up; the inbound side takes that Dispatch. The
 * messenger, spaces and outbox reach Dispatch lazily, because Dispatch is built from the messengers.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "kindred.slack", name = "bot-token")
@EnableConfigurationProperties(SlackProperties.class)
public class SlackConfiguration {

    /** Lanes for inbound work, each one thread; a member's events always take the same lane. */
    private static final int INBOUND_LANES = 4;
    private static final int INBOUND_QUEUE = 1000;

    @Bean
    SlackSettings slackSettings(SlackProperties properties) {
        return properties.toSettings();
    }

    @Bean
    SlackApi slackApi(SlackSettings settings) {
        return new SlackApi(settings);
    }

    @Bean
    SlackOutboxEvents slackOutboxEvents(ObjectProvider<Dispatch> dispatch, ObjectProvider<MeterRegistry> registry) {
        return new SlackOutboxEvents(event -> dispatch.getObject().submit(event), registry.getIfAvailable());
    }

    @Bean
    Outbox slackOutbox(SlackSettings settings, SlackOutboxEvents slackOutboxEvents) {
        return Outbox.start("slack", settings.outbox(), slackOutboxEvents);
    }

    @Bean
    SlackChannels slackChannels(SlackApi api) {
        return new SlackChannels(api.methods());
    }

    @Bean
    SlackSpaces slackSpaces(SlackApi api, ObjectProvider<Dispatch> dispatch, SlackOutboxEvents slackOutboxEvents,
                            Outbox slackOutbox) {
        SlackSpaces spaces = new SlackSpaces(api.methods(), event -> dispatch.getObject().submit(event), slackOutboxEvents);
        spaces.sendThrough(slackOutbox);
        return spaces;
    }

    @Bean
    SlackMessenger slackMessenger(SlackApi api, SlackSettings settings, Outbox slackOutbox, SlackChannels slackChannels,
                                  SlackSpaces slackSpaces, ObjectProvider<Dispatch> dispatch) {
        return new SlackMessenger(api.methods(), slackOutbox, slackChannels, slackSpaces,
                address -> dispatch.getObject().kindred().services().pseudonyms().logId(address),
                new SlackCommandSpelling(settings.command(), () -> commandNames(dispatch.getObject())));
    }

    /** The core's commands and the names members know them by ("help" is "start"). */
    static java.util.Set<String> commandNames(Dispatch dispatch) {
        java.util.Set<String> names = new java.util.HashSet<>(dispatch.kindred().routes().commandNames());
        names.add(SlackTranslator.BARE_COMMAND);
        return java.util.Set.copyOf(names);
    }

    @Bean
    SlackMembers slackMembers(SlackApi api) {
        return new SlackMembers(api.quickMethods(), java.time.Clock.systemUTC());
    }

    @Bean
    SlackInbound slackInbound(Dispatch dispatch, SlackMessenger slackMessenger, SlackMembers slackMembers) {
        return new SlackInbound(dispatch, slackMessenger, slackMembers, INBOUND_LANES, INBOUND_QUEUE);
    }

    @Bean
    App slackApp(SlackApi api, SlackSettings settings, SlackChannels slackChannels, SlackInbound slackInbound,
                 SlackMembers slackMembers, Dispatch dispatch) {
        // The token is checked before Bolt starts, so a refused one stops the start with Kindred's sentence.
        api.identify();
        var services = dispatch.kindred().services();
        return SlackBolt.build(api, new SlackTranslator(settings.command(), slackChannels), slackInbound,
                userId -> new Say(services.prompts(),
                        slackMembers.knownLanguage(userId).orElse(services.settings().defaultLanguage())));
    }

    @Bean
    @ConditionalOnProperty(prefix = "kindred.slack", name = "mode", havingValue = "socket")
    SlackSocketMode slackSocketMode(SlackSettings settings, App slackApp) {
        return new SlackSocketMode(settings, slackApp);
    }

    @Bean
    SlackStartup slackStartup(SlackApi api, App slackApp, SlackInbound slackInbound,
                              ObjectProvider<SlackSocketMode> slackSocketMode) {
        return new SlackStartup(api, slackApp, slackInbound, slackSocketMode.getIfAvailable());
    }

    @Bean
    HealthIndicator slackHealthIndicator(SlackStartup slackStartup, SlackApi api, Outbox slackOutbox,
                                         SlackOutboxEvents slackOutboxEvents) {
        return new SlackHealth(slackStartup, api, slackOutbox, slackOutboxEvents);
    }
}
