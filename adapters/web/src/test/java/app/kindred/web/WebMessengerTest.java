package app.kindred.web;

import app.kindred.core.contract.Address;
import app.kindred.core.contract.Inbound;
import app.kindred.core.contract.LocaleHints;
import app.kindred.core.contract.Lifecycle;
import app.kindred.core.contract.Message;
import app.kindred.core.contract.OpenSpace;
import app.kindred.core.contract.Part;
import app.kindred.core.contract.Platform;
import app.kindred.core.contract.RetireButtons;
import app.kindred.core.member.Pseudonyms;
import app.kindred.core.prompts.YamlPrompts;
import app.kindred.core.testing.MutableClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Delivery on the web: into the member's own tab, or back to Kindred as a lifecycle event. */
class WebMessengerTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"));
    private final ChatSessions sessions = new ChatSessions(new Pseudonyms(new byte[32]), clock, 10, Duration.ofHours(1), 3);
    private final List<Inbound> reports = new ArrayList<>();
    private final WebMessenger messenger = new WebMessenger(sessions, YamlPrompts.bundled(), reports::add);

    private static Message to(ChatSession session, String text) {
        return Message.reply(new Address.Direct(Platform.WEB, session.sender().community(), session.sender().userId(), ""),
                List.of(new Part.Text(text)));
    }

    @Test
    void a_message_reaches_only_its_members_tab_numbered_and_kept_for_a_reload() {
        ChatSession ana = sessions.open("local", "Ana", LocaleHints.none(), "en").orElseThrow();
        ChatSession ben = sessions.open("local", "Ben", LocaleHints.none(), "en").orElseThrow();

        messenger.deliver(to(ana, "for **Ana**"));
        messenger.deliver(new RetireButtons(new Address.Direct(Platform.WEB, "local", ana.sender().userId(), ""), "m1"));

        assertThat(ana.owns("m1")).isTrue();
        assertThat(ben.owns("m1")).isFalse();
        assertThat(reports).isEmpty();
    }

    @Test
    void only_the_latest_messages_are_kept() {
        ChatSession ana = sessions.open("local", "Ana", LocaleHints.none(), "en").orElseThrow();
        for (int i = 1; i <= 5; i++) {
            messenger.deliver(to(ana, "message " + i));
        }
        assertThat(ana.owns("m2")).isFalse();
        assertThat(ana.owns("m3")).isTrue();
        assertThat(ana.owns("m5")).isTrue();
    }

    @Test
    void a_member_whose_tab_is_gone_for_good_is_reported_unreachable() {
        ChatSession ana = sessions.open("local", "Ana", LocaleHints.none(), "en").orElseThrow();
        clock.advance(Duration.ofHours(2));
        sessions.endIdle(clock.instant());

        messenger.deliver(to(ana, "your check-in"));

        assertThat(reports).containsExactly(new Lifecycle.MemberUnreachable(Platform.WEB, "local", ana.sender().userId()));
    }

    @Test
    void a_request_for_a_private_space_is_refused_because_web_groups_meet_as_relay_circles() {
        messenger.deliver(new OpenSpace(Platform.WEB, "local", "req-1", "work-stress", List.of()));

        assertThat(reports).containsExactly(new Lifecycle.SpaceNotOpened(Platform.WEB, "local", "req-1", "unsupported"));
    }

    @Test
    void a_full_chat_makes_room_by_ending_idle_tabs_first() {
        ChatSessions small = new ChatSessions(new Pseudonyms(new byte[32]), clock, 1, Duration.ofHours(1), 3);
        small.open("local", "Old", LocaleHints.none(), "en").orElseThrow();
        assertThat(small.open("local", "New", LocaleHints.none(), "en")).isEmpty();

        clock.advance(Duration.ofHours(2));

        assertThat(small.open("local", "New", LocaleHints.none(), "en")).isPresent();
        assertThat(small.size()).isEqualTo(1);
    }
}
