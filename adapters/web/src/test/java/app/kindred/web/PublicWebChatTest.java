package app.kindred.web;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A web chat put online on purpose: the captcha hook guards the door and each address is rate limited. */
@SpringBootTest(classes = WebChatTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"server.address=0.0.0.0", "kindred.web.public=true", "kindred.web.joins-per-ip-per-hour=3",
                "kindred.web.requests-per-ip-per-minute=4"})
@Import(PublicWebChatTest.SolvedCaptchaOnly.class)
class PublicWebChatTest {

    @TestConfiguration
    static class SolvedCaptchaOnly {
        @Bean
        HumanCheck humanCheck() {
            return (proof, address) -> proof.equals("solved");
        }
    }

    @LocalServerPort
    int port;

    private final List<HttpTab> tabs = new ArrayList<>();

    @AfterEach
    void closeTabs() {
        tabs.forEach(HttpTab::close);
    }

    private HttpTab tab() {
        HttpTab tab = new HttpTab(port);
        tabs.add(tab);
        return tab;
    }

    @Test
    void the_captcha_hook_turns_away_a_join_without_proof_and_the_address_limits_stop_a_flood() {
        HttpTab robot = tab();
        HttpTab.Answer refused = robot.join("name", "Robot");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body()).contains("complete the check");

        HttpTab person = tab();
        assertThat(person.join("name", "Person", "humanProof", "solved").status()).isEqualTo(200);
        person.awaitMessage("Hi Person");
        for (int i = 0; i < 4; i++) {
            assertThat(person.say("/help").status()).isEqualTo(202);
        }
        HttpTab.Answer flooded = person.say("/help");
        assertThat(flooded.status()).isEqualTo(429);
        assertThat(flooded.body()).contains("wait a minute");

        assertThat(tab().join("name", "Third", "humanProof", "solved").status()).isEqualTo(200);
        assertThat(tab().join("name", "Fourth", "humanProof", "solved").status()).isEqualTo(429);
    }
}
