package app.kindred.web;

import org.junit.jupiter.api.Test;

import static app.kindred.web.WebChatExposure.Mode.LOCAL;
import static app.kindred.web.WebChatExposure.Mode.OFF;
import static app.kindred.web.WebChatExposure.Mode.PUBLIC;
import static org.assertj.core.api.Assertions.assertThat;

/** When the web chat runs, and for whom. */
class WebChatExposureTest {

    @Test
    void by_default_it_is_a_local_chat() {
        assertThat(WebChatExposure.decide(true, false, null).mode()).isEqualTo(LOCAL);
        assertThat(WebChatExposure.decide(true, false, "127.0.0.1").mode()).isEqualTo(LOCAL);
        assertThat(WebChatExposure.decide(true, false, "::1").mode()).isEqualTo(LOCAL);
        assertThat(WebChatExposure.decide(true, false, "localhost").mode()).isEqualTo(LOCAL);
    }

    @Test
    void bound_beyond_this_machine_it_stays_off_and_says_how_to_turn_it_on() {
        WebChatExposure exposure = WebChatExposure.decide(true, false, "0.0.0.0");

        assertThat(exposure.mode()).isEqualTo(OFF);
        assertThat(exposure.reason()).contains("kindred.web.public=true").contains("server.address=127.0.0.1");
        assertThat(WebChatExposure.decide(true, false, "192.168.1.20").mode()).isEqualTo(OFF);
        assertThat(WebChatExposure.decide(true, false, "chat.example.org").mode()).isEqualTo(OFF);
    }

    @Test
    void it_goes_public_only_when_asked_and_can_be_switched_off_entirely() {
        assertThat(WebChatExposure.decide(true, true, "0.0.0.0").mode()).isEqualTo(PUBLIC);
        assertThat(WebChatExposure.decide(false, true, "0.0.0.0").mode()).isEqualTo(OFF);
        assertThat(WebChatExposure.decide(false, false, null).mode()).isEqualTo(OFF);
    }
}
