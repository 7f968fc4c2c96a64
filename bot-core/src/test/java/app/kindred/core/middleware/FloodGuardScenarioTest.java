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
    void someone_in_crisis_who_writes_fast_is_still_answered_with_the_helplines() {
        TestMember upset = kindred.member("Upset");
        for (int i = 0; i < 3; i++) {
            upset.says("why does nobody answer");
        }
        assertThat(upset.says("still nobody").text()).contains("faster than I can take them in");

        assertThat(upset.says("I want to kill myself").text())
                .contains("I'm a bot, not a crisis service, but a person can be with you right now");
    }

    @Test
    void a_flood_of_alarming_text_earns_one_crisis_reply_per_window_not_one_per_message() {
        TestMember flooding = kindred.member("Flooding");
        for (int i = 0; i < 4; i++) {
            flooding.sends("/privacy");
        }

        assertThat(flooding.says("I want to kill myself").messages()).isNotEmpty();
        assertThat(flooding.says("I want to kill myself").messages()).isEmpty();
        assertThat(flooding.says("I want to end my life").messages()).isEmpty();

        kindred.clock().advance(Duration.ofMinutes(1));
        assertThat(flooding.says("I want to kill myself").text()).contains("I'm still here with you")
                .contains("call your local emergency number");
    }

    @Test
    void the_slow_down_and_too_long_replies_speak_the_language_the_member_chose() {
        TestMember lena = kindred.consentedMember("Lena", app.kindred.core.contract.LocaleHints.language("en"));
        lena.sends("/language de");
        kindred.clock().advance(Duration.ofMinutes(1));

        assertThat(lena.says("a".repeat(5000)).text()).contains("Diese Nachricht ist länger, als ich lesen kann");
        lena.sends("/privacy");
        lena.sends("/privacy");
        assertThat(lena.sends("/privacy").text()).contains("Deine Nachrichten kommen schneller");
    }

    @Test
    void an_overlong_message_gets_a_clear_reply() {
        TestMember wordy = kindred.member("Wordy");
        assertThat(wordy.says("a".repeat(5000)).text()).contains("4000 characters at most");
    }
}
