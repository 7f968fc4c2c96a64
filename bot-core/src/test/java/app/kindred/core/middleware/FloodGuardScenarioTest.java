package app.kindred.core.middleware;

import app.kindred.core.conversation.CoreSettings;
import app.kindred.core.testing.TestMember;
import app.kindred.core.testing.TestPlatform;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class FloodGuardScenarioTest {

    private final TestPlatform kindred = TestPlatform.start(settings -> new CoreSettings(
            settings.defaultLanguage(), null, settings.defaultTimeZone(), settings.moodRetention(),
            3, Duration.ofMinutes(1), settings.maxTextLength(), settings.promptValidity()));

    @Test
    void a_flooding_member_is_asked_once_to_slow_down_then_heard_again_after_the_window() {
        TestMember fast = kindred.member("Fast");
        TestMember calm = kindred.member("Calm");

        for (int i = 0; i < 3; i++) {
            assertThat(fast.sends("/privacy").text()).contains("What I keep");
        }
        assertThat(fast.sends("/privacy").text()).contains("faster than I can take them in");
        assertThat(fast.sends("/privacy").messages()).isEmpty();
        assertThat(calm.sends("/privacy").text()).contains("What I keep");

        kindred.clock().advance(Duration.ofMinutes(1));
        assertThat(fast.sends("/privacy").text()).contains("What I keep");
    }

    @Test
    void an_overlong_message_gets_a_clear_reply() {
        TestMember wordy = kindred.member("Wordy");
        assertThat(wordy.says("a".repeat(5000)).text()).contains("4000 characters at most");
    }
}
