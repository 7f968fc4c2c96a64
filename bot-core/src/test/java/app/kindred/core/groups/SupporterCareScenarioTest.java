package app.kindred.core.groups;

import app.kindred.core.contract.LocaleHints;
import app.kindred.core.testing.TestMember;
import app.kindred.core.testing.TestPlatform;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Supporters rest too: a cap on groups at once, and a cool-down after a group ends or is left. */
class SupporterCareScenarioTest {

    private final TestPlatform kindred = TestPlatform.assembled(parts ->
            parts.withGroups(GroupSettings.defaults().withMaxActive(1), ReportRecipients.none()));

    @Test
    void a_member_at_the_cap_keeps_their_place_but_is_not_invited_and_rests_after_leaving() {
        TestMember ana = member("Ana");
        List<TestMember> grief = List.of(ana, member("Ben"), member("Cleo"));
        grief.forEach(m -> m.sends("/groups join grief"));
        kindred.advance(Duration.ofDays(1).plusMinutes(1));
        grief.forEach(m -> m.presses("Yes, I'll join"));

        assertThat(ana.sends("/groups join anxiety").text()).contains("You're on the waitlist for Anxiety")
                .contains("as many groups and buddy pairings as I arrange at once");
        List<TestMember> first = joinAnxiety("Dev", "Eli", "Fay", "Gus");
        ana.unread();
        kindred.advance(Duration.ofMinutes(1));
        first.forEach(m -> assertThat(m.lastText()).contains("An invitation:"));
        assertThat(ana.unread()).as("at the cap: no invitation").isEmpty();

        ana.sends("/groups");
        assertThat(ana.presses("Leave the group").text()).contains("a few days' rest");
        List<TestMember> second = joinAnxiety("Hal", "Ivy", "Jo", "Kai");
        ana.unread();
        kindred.advance(Duration.ofDays(1));
        second.forEach(m -> assertThat(m.lastText()).contains("An invitation:"));
        assertThat(ana.unread()).as("resting after leaving a group").noneMatch(m -> m.plainText().contains("invitation"));

        kindred.advance(Duration.ofDays(2));
        List<TestMember> third = joinAnxiety("Liv", "Max", "Ned");
        kindred.advance(Duration.ofMinutes(1));
        assertThat(ana.lastText()).contains("An invitation:").contains("you and 3 others");
        third.forEach(m -> assertThat(m.lastText()).contains("An invitation:"));
    }

    private List<TestMember> joinAnxiety(String... names) {
        List<TestMember> joined = new java.util.ArrayList<>();
        for (String name : names) {
            TestMember member = member(name);
            member.sends("/groups join anxiety");
            joined.add(member);
        }
        return joined;
    }

    private TestMember member(String name) {
        return kindred.consentedMember(name, new LocaleHints("en", "GB", "Europe/London"));
    }
}
