package app.kindred.web;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

import java.util.Locale;

/** Shows in the app's health how the web chat runs and how many tabs are open and connected. */
final class WebChatHealth implements HealthIndicator {

    private final WebChatExposure exposure;
    private final ChatSessions sessions;

    WebChatHealth(WebChatExposure exposure, ChatSessions sessions) {
        this.exposure = exposure;
        this.sessions = sessions;
    }

    @Override
    public Health health() {
        return Health.up()
                .withDetail("mode", exposure.mode().name().toLowerCase(Locale.ROOT))
                .withDetail("tabs", sessions.size())
                .withDetail("connected", sessions.streaming())
                .build();
    }
}
