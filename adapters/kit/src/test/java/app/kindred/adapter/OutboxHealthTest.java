package app.kindred.adapter;

import app.kindred.core.delivery.Outbox;
import app.kindred.core.delivery.OutboxListener;
import app.kindred.core.delivery.OutboxSettings;
import app.kindred.core.delivery.OutboxStats;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

import static org.assertj.core.api.Assertions.assertThat;

class OutboxHealthTest {

    @Test
    void a_platform_is_up_only_while_its_own_side_is_up_and_its_outbox_runs() {
        Outbox outbox = Outbox.start("health-test", OutboxSettings.telegram(), OutboxListener.NONE);
        try {
            assertThat(OutboxHealth.status(true, outbox).build().getStatus()).isEqualTo(Status.UP);
            assertThat(OutboxHealth.status(false, outbox).build().getStatus()).isEqualTo(Status.DOWN);
        } finally {
            outbox.close();
        }
        assertThat(OutboxHealth.status(true, outbox).build().getStatus()).isEqualTo(Status.DOWN);
    }

    @Test
    void the_counters_follow_what_the_platform_shows_of_itself_under_the_same_names_everywhere() {
        Health health = OutboxHealth.withCounters(Health.up().withDetail("bot", "kindred_bot"),
                new OutboxStats(12, 1, 3, 2, 4, 5, 6, 7, 8)).build();

        assertThat(health.getDetails()).containsExactly(
                java.util.Map.entry("bot", "kindred_bot"),
                java.util.Map.entry("queued", 7),
                java.util.Map.entry("sent", 12L),
                java.util.Map.entry("rateLimited", 1L),
                java.util.Map.entry("gaveUp", 2L),
                java.util.Map.entry("unreachable", 4L));
    }
}
