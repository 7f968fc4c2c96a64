package app.kindred.slack;

import app.kindred.adapter.testing.Eventually;
import app.kindred.adapter.testing.KindredTestBeans;
import app.kindred.core.delivery.Dispatch;
import app.kindred.core.delivery.Outbox;
import app.kindred.core.testing.TestPlatform;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Duration;

/**
 * The Slack adapter inside Spring on a real port, wired by {@link SlackConfiguration} as the app wires
 * it, with the real core on the embedded store, talking to {@link FakeSlackApi}. Every test class that
 * extends this shares one context and one fake; tests keep apart by using their own members.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, classes = SlackAppTest.App.class,
        properties = {
                "kindred.slack.bot-token=" + FakeSlackApi.BOT_TOKEN,
                "kindred.slack.signing-secret=" + FakeSlackApi.SIGNING_SECRET,
                "kindred.slack.outbox.per-channel=0s",
                "kindred.slack.outbox.per-group=0s",
                "kindred.slack.outbox.backoff=100ms",
                "kindred.slack.outbox.max-backoff=400ms",
        })
abstract class SlackAppTest {

    static final FakeSlackApi API = new FakeSlackApi();

    @SpringBootConfiguration
    @EnableAutoConfiguration
    @ComponentScan(basePackageClasses = SlackConfiguration.class)
    @Import(KindredTestBeans.class)
    static class App {
    }

    @DynamicPropertySource
    static void apiUrl(DynamicPropertyRegistry registry) {
        registry.add("kindred.slack.api-url", API::apiUrl);
    }

    @LocalServerPort
    int port;

    @Autowired
    TestPlatform kindred;

    @Autowired
    Dispatch dispatch;

    @Autowired
    Outbox slackOutbox;

    @Autowired
    SlackInbound slackInbound;

    SlackWorkspace slack() {
        return new SlackWorkspace(API, port, FakeSlackApi.SIGNING_SECRET);
    }

    /** Waits until the inbound lanes and the outbox have nothing left to do. */
    void settle() throws InterruptedException {
        Eventually.until(slackInbound::isIdle);
        slackOutbox.awaitIdle(Duration.ofSeconds(10));
        Eventually.until(slackInbound::isIdle);
    }
}
