package app.kindred.web;

import app.kindred.core.contract.Address;
import app.kindred.core.contract.LocaleHints;
import app.kindred.core.contract.Message;
import app.kindred.core.contract.Part;
import app.kindred.core.contract.Platform;
import app.kindred.core.member.Pseudonyms;
import app.kindred.core.prompts.YamlPrompts;
import app.kindred.core.testing.MutableClock;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A tab outlives a restart of Kindred: its signed token brings back the same member, and nobody else. */
class SessionRestartTest {

    private static final byte[] KEY = "thirty-two bytes of pseudonym key".getBytes(StandardCharsets.US_ASCII);
    private static final LocaleHints IN_BERLIN = new LocaleHints("de", "DE", "Europe/Berlin");

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"));

    private ChatSessions kindredStarts(int maxSessions) {
        return new ChatSessions(new Pseudonyms(KEY), clock, maxSessions, Duration.ofHours(1), 10);
    }

    private static Message to(ChatSession session, String text) {
        return Message.reply(new Address.Direct(Platform.WEB, session.sender().community(), session.sender().userId(), ""),
                List.of(new Part.Text(text)));
    }

    @Test
    void after_a_restart_the_tab_is_the_same_member_and_hears_everything_new() {
        ChatSessions before = kindredStarts(10);
        ChatSession ana = before.open("team-a", "Ana", IN_BERLIN, "de").orElseThrow();
        WebMessenger oldMessenger = new WebMessenger(before, YamlPrompts.bundled(), report -> { });
        oldMessenger.deliver(to(ana, "one"));
        oldMessenger.deliver(to(ana, "two"));
        long lastSeenByTheTab = 2;

        clock.advance(Duration.ofMinutes(3));
        ChatSessions after = kindredStarts(10);
        ChatSession back = after.byToken(ana.token()).orElseThrow();

        assertThat(back.member()).isEqualTo(ana.member());
        assertThat(back.sender()).isEqualTo(ana.sender());
        assertThat(back.pageLanguage()).isEqualTo("de");
        assertThat(after.byMember("team-a", ana.sender().userId())).containsSame(back);

        List<Object> reports = new ArrayList<>();
        new WebMessenger(after, YamlPrompts.bundled(), reports::add).deliver(to(back, "your check-in"));
        assertThat(reports).as("reachable again, not reported unreachable").isEmpty();
        assertThat(back.owns("m3")).as("numbering does not start again below what the tab has seen").isFalse();
        assertThat(back.publish("message", seq -> "{}")).isGreaterThan(lastSeenByTheTab);
    }

    @Test
    void a_tab_whose_idle_session_ended_comes_back_on_its_next_request() {
        ChatSessions sessions = kindredStarts(10);
        ChatSession ben = sessions.open("local", "Ben", LocaleHints.none(), "en").orElseThrow();
        clock.advance(Duration.ofHours(2));
        sessions.endIdle(clock.instant());
        assertThat(sessions.size()).isZero();

        assertThat(sessions.byToken(ben.token())).hasValueSatisfying(back -> assertThat(back.member()).isEqualTo(ben.member()));
        assertThat(sessions.size()).isEqualTo(1);
    }

    @Test
    void a_forged_altered_or_foreign_token_brings_back_nobody() {
        ChatSessions sessions = kindredStarts(10);
        String token = sessions.open("local", "Cleo", LocaleHints.none(), "en").orElseThrow().token();
        String[] parts = token.split("\\.");
        String otherUser = Base64.getUrlEncoder().withoutPadding().encodeToString(
                new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                        .replaceFirst("\u0000w[^\u0000]+", "\u0000wSomeoneElse").getBytes(StandardCharsets.UTF_8));
        byte[] anotherKey = Arrays.copyOf(KEY, KEY.length);
        anotherKey[0] ^= 1;
        String signedElsewhere = new SessionTokens(new Pseudonyms(anotherKey))
                .issue(sessions.open("local", "Dee", LocaleHints.none(), "en").orElseThrow().sender(), "en");

        ChatSessions restarted = kindredStarts(10);
        assertThat(restarted.byToken(parts[0] + "." + otherUser + "." + parts[2])).isEmpty();
        assertThat(restarted.byToken(parts[0] + "." + parts[1] + "." + flipLast(parts[2]))).isEmpty();
        assertThat(restarted.byToken(signedElsewhere)).isEmpty();
        assertThat(restarted.byToken("s1.!!!." + parts[2])).isEmpty();
        assertThat(restarted.byToken("not a token")).isEmpty();
        assertThat(restarted.byToken(token)).isPresent();
    }

    private static String flipLast(String signature) {
        char last = signature.charAt(signature.length() - 1);
        return signature.substring(0, signature.length() - 1) + (last == 'A' ? 'B' : 'A');
    }

    @Test
    void a_full_chat_does_not_take_a_tab_back() {
        ChatSessions before = kindredStarts(1);
        String token = before.open("local", "Eve", LocaleHints.none(), "en").orElseThrow().token();

        ChatSessions after = kindredStarts(1);
        after.open("local", "Fin", LocaleHints.none(), "en").orElseThrow();

        assertThat(after.byToken(token)).isEmpty();
        assertThat(after.size()).isEqualTo(1);
    }
}
