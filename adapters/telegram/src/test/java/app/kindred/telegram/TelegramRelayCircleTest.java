package app.kindred.telegram;

import app.kindred.core.contract.ClockTicked;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Telegram bots cannot create groups, so a peer group meets as a relay circle: each member talks in
 * their own chat with Kindred, which passes each message to the others. Through the real client and
 * polling loop, against the fake Bot API.
 */
class TelegramRelayCircleTest {

    private final TelegramHarness telegram = new TelegramHarness().start();
    private final TelegramHarness.Member maya = telegram.member(111111111L, "Maya", "en");
    private final TelegramHarness.Member noor = telegram.member(222222222L, "Noor", "en");
    private final TelegramHarness.Member omar = telegram.member(333333333L, "Omar", "en");
    private final TelegramHarness.Member pia = telegram.member(444444444L, "Pia", "en");

    @AfterEach
    void stop() {
        telegram.close();
    }

    @Test
    void a_circle_message_reaches_the_others_escaped_and_never_echoes_to_the_writer() throws Exception {
        List<TelegramHarness.Member> circle = List.of(maya, noor, omar, pia);
        for (TelegramHarness.Member member : circle) {
            member.joinsKindred("Europe/London");
            member.sendsCommand("/groups join new-parents");
            member.awaitMessage("You're on the waitlist");
        }

        telegram.kindred.clock().advance(Duration.ofMinutes(1));
        telegram.dispatch.submit(new ClockTicked(telegram.kindred.clock().instant()));
        for (TelegramHarness.Member member : circle) {
            JsonNode invitation = member.awaitMessage("An invitation:");
            member.presses(TelegramHarness.button(invitation, "Yes, I'll join"));
        }
        for (TelegramHarness.Member member : circle) {
            member.awaitMessage("Your New parents circle is open");
        }
        assertThat(telegram.outbox.awaitIdle(Duration.ofSeconds(5))).isTrue();
        int mayasBefore = maya.messages().size();

        maya.writes("Rough night **again**, <b>3am</b> & no sleep");

        for (TelegramHarness.Member other : List.of(noor, omar, pia)) {
            JsonNode relayed = other.awaitMessage("Rough night");
            assertThat(relayed.path("text").asText())
                    .isEqualTo("<b>Maya</b> (New parents): Rough night **again**, &lt;b&gt;3am&lt;/b&gt; &amp; no sleep");
        }
        assertThat(telegram.outbox.awaitIdle(Duration.ofSeconds(5))).isTrue();
        assertThat(maya.messages()).as("nothing is echoed to the writer").hasSize(mayasBefore);
    }
}
