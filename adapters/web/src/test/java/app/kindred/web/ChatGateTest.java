package app.kindred.web;

import app.kindred.core.testing.MutableClock;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpServletRequest;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** Who gets through to the chat: the machine's own clients locally, everyone within limits in public. */
class ChatGateTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"));

    private static MockHttpServletRequest from(String address) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr(address);
        return request;
    }

    private ChatGate gate(WebChatExposure.Mode mode, HumanCheck check) {
        return new ChatGate(mode, new AddressRateLimits(clock, 2, Duration.ofHours(1)),
                new AddressRateLimits(clock, 3, Duration.ofMinutes(1)), check);
    }

    @Test
    void a_local_chat_answers_this_machine_and_refuses_everyone_else() {
        ChatGate gate = gate(WebChatExposure.Mode.LOCAL, HumanCheck.NONE);

        assertThat(gate.check(from("127.0.0.1"), ChatGate.Purpose.JOIN)).isEmpty();
        assertThat(gate.check(from("0:0:0:0:0:0:0:1"), ChatGate.Purpose.ACT)).isEmpty();
        assertThat(gate.check(from("192.168.1.7"), ChatGate.Purpose.PAGE)).get()
                .isEqualTo(new ChatGate.Refusal(HttpStatus.FORBIDDEN, "web.errors.local-only"));
    }

    @Test
    void a_public_chat_limits_each_address_and_forgives_when_the_window_ends() {
        ChatGate gate = gate(WebChatExposure.Mode.PUBLIC, HumanCheck.NONE);

        assertThat(gate.check(from("203.0.113.9"), ChatGate.Purpose.JOIN)).isEmpty();
        assertThat(gate.check(from("203.0.113.9"), ChatGate.Purpose.JOIN)).isEmpty();
        assertThat(gate.check(from("203.0.113.9"), ChatGate.Purpose.JOIN)).get()
                .extracting(ChatGate.Refusal::status).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(gate.check(from("198.51.100.4"), ChatGate.Purpose.JOIN)).isEmpty();
        assertThat(gate.check(from("203.0.113.9"), ChatGate.Purpose.READ)).isEmpty();

        clock.advance(Duration.ofHours(1));
        assertThat(gate.check(from("203.0.113.9"), ChatGate.Purpose.JOIN)).isEmpty();
    }

    @Test
    void the_captcha_hook_decides_who_may_start_a_chat() {
        ChatGate gate = gate(WebChatExposure.Mode.PUBLIC, (proof, address) -> proof.equals("solved"));

        assertThat(gate.isHuman(from("203.0.113.9"), "solved")).isTrue();
        assertThat(gate.isHuman(from("203.0.113.9"), "")).isFalse();
        assertThat(gate.isHuman(from("203.0.113.9"), null)).isFalse();
    }
}
