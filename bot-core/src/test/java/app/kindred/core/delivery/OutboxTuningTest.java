package app.kindred.core.delivery;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OutboxTuningTest {

    @Test
    void what_was_bound_replaces_the_platforms_defaults() {
        OutboxTuning tuning = new OutboxTuning(OutboxSettings.telegram());
        tuning.setPerSecond(5);
        tuning.setPerChat(Duration.ofSeconds(2));

        OutboxSettings settings = tuning.toSettings("kindred.telegram.outbox");

        assertThat(settings.perSecond()).isEqualTo(5);
        assertThat(settings.conversationInterval()).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void an_impossible_value_is_refused_with_the_key_it_was_set_under() {
        OutboxTuning tuning = new OutboxTuning(OutboxSettings.telegram());
        tuning.setMaxAttempts(0);

        assertThatThrownBy(() -> tuning.toSettings("kindred.discord.outbox"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("kindred.discord.outbox: outbox rates");
    }
}
