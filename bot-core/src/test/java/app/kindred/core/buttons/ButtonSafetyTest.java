package app.kindred.core.buttons;

import app.kindred.core.member.MemberId;
import app.kindred.core.member.Secrets;
import app.kindred.core.testing.TestMember;
import app.kindred.core.testing.TestPlatform;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class ButtonSafetyTest {

    private final TestPlatform kindred = TestPlatform.start();

    @Test
    void a_forged_payload_is_refused_politely_and_changes_nothing() {
        TestMember eve = kindred.member("Eve");
        eve.sends("/start");

        var forged = eve.pressesPayload("ob.consent~en~zzzzzz~AAAAAAAAAAA");
        assertThat(forged.text()).contains("meant for someone else");
        assertThat(eve.pressesPayload("<script>alert(1)</script>").text()).contains("no longer in use");
        assertThat(eve.pressesPayload("").text()).contains("no longer in use");
        assertThat(kindred.store().members().find(eve.id())).isEmpty();
    }

    @Test
    void another_members_button_does_nothing_for_the_presser() {
        TestMember maya = kindred.member("Maya");
        TestMember eve = kindred.member("Eve");
        var welcome = maya.sends("/start");
        String mayasConsent = welcome.buttonPayloads().get(0);

        assertThat(eve.pressesPayload(mayasConsent).text()).contains("meant for someone else");
        assertThat(kindred.store().members().find(eve.id())).isEmpty();
        assertThat(kindred.store().members().find(maya.id())).isEmpty();
    }

    @Test
    void an_expired_button_says_so() {
        TestMember maya = kindred.member("Maya");
        maya.sends("/forget");
        kindred.clock().advance(Duration.ofHours(2));

        assertThat(maya.presses("Yes, delete everything").text()).contains("expired");
    }

    @Test
    void payloads_fit_telegram_and_carry_no_personal_data() {
        ButtonPayloads payloads = new ButtonPayloads(Secrets.random().buttonKey());
        MemberId member = new MemberId("abcdefghijklmnopqrstuv");
        String payload = payloads.sign("ci.score-x", "0123456789abcdef", member, Instant.parse("2099-12-31T23:59:00Z"));

        assertThat(payload.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(64);
        assertThat(payload).doesNotContain(member.value());
        assertThat(payloads.check(payload, member, Instant.parse("2026-01-01T00:00:00Z")))
                .isEqualTo(new PressCheck.Valid("ci.score-x", "0123456789abcdef"));
    }
}
