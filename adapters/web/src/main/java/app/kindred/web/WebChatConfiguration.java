package app.kindred.web;

import app.kindred.core.conversation.Kindred;
import app.kindred.core.delivery.Dispatch;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

import java.time.Duration;

/**
 * The web chat's beans: its messenger (which the app registers with {@link Dispatch} like any other), the
 * tabs' sessions, the gate in front of them and a health indicator. The page and its API are the
 * controllers {@link ChatPage} and {@link ChatApi}. Nothing here is created when the chat is off.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WebChatProperties.class)
public class WebChatConfiguration {

    private static final System.Logger LOG = System.getLogger(WebChatConfiguration.class.getName());

    @Bean
    WebChatExposure webChatExposure(Environment environment) {
        WebChatExposure exposure = WebChatSwitch.exposure(Binder.get(environment));
        LOG.log(System.Logger.Level.INFO, "web chat: {0} ({1})", exposure.mode(), exposure.reason());
        return exposure;
    }

    @Bean
    @Conditional(WebChatSwitch.On.class)
    ChatSessions webChatSessions(Kindred kindred, WebChatProperties properties) {
        return new ChatSessions(kindred.services().pseudonyms(), kindred.services().clock(), properties.maxSessions(),
                properties.sessionIdle(), properties.historySize());
    }

    /** Ends the open streams first thing on shutdown, so a graceful shutdown does not wait for them. */
    @Bean
    @Conditional(WebChatSwitch.On.class)
    ApplicationListener<ContextClosedEvent> webChatStreamsClose(ChatSessions sessions) {
        return event -> sessions.closeAll();
    }

    @Bean
    @Conditional(WebChatSwitch.On.class)
    ChatGate webChatGate(WebChatExposure exposure, Kindred kindred, WebChatProperties properties,
                         ObjectProvider<HumanCheck> humanChecks) {
        HumanCheck humanCheck = humanChecks.getIfAvailable(() -> HumanCheck.NONE);
        if (exposure.mode() == WebChatExposure.Mode.PUBLIC && humanCheck == HumanCheck.NONE) {
            LOG.log(System.Logger.Level.WARNING, "the public web chat has no HumanCheck bean: only per-address "
                    + "rate limits protect it from scripted sign-ups");
        }
        var clock = kindred.services().clock();
        return new ChatGate(exposure.mode(),
                new AddressRateLimits(clock, properties.joinsPerIpPerHour(), Duration.ofHours(1)),
                new AddressRateLimits(clock, properties.requestsPerIpPerMinute(), Duration.ofMinutes(1)),
                humanCheck);
    }

    /** The chat API's form fields, read so a broken character neither fails a message nor logs it. */
    @Bean
    @Conditional(WebChatSwitch.On.class)
    LenientFormFields webChatFormFields() {
        return new LenientFormFields();
    }

    @Bean
    @Conditional(WebChatSwitch.On.class)
    LifecycleReports webChatReports(ObjectProvider<Dispatch> dispatch) {
        return new LifecycleReports(dispatch::getObject);
    }

    @Bean
    @Conditional(WebChatSwitch.On.class)
    WebMessenger webMessenger(ChatSessions sessions, Kindred kindred, LifecycleReports webChatReports) {
        return new WebMessenger(sessions, kindred.services().prompts(), webChatReports);
    }

    @Bean
    @Conditional(WebChatSwitch.On.class)
    WebChatHealth webChatHealthIndicator(WebChatExposure exposure, ChatSessions sessions) {
        return new WebChatHealth(exposure, sessions);
    }
}
