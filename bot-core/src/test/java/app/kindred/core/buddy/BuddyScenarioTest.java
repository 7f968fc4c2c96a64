package app.kindred.core.buddy;

import app.kindred.core.contract.LocaleHints;
import app.kindred.core.contract.Message;
import app.kindred.core.contract.Platform;
import app.kindred.core.groups.TopicKey;
import app.kindred.core.testing.TestMember;
import app.kindred.core.testing.TestPlatform;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Buddies: two members paired one to one, with conversation starters and a check-back a week later. */
class BuddyScenarioTest {

    private final TestPlatform kindred = platform();

    /** The platform the scenarios run on: the embedded store here; the Redis store runs them too. */
    TestPlatform platform() {
        return TestPlatform.start();
    }

    @Test
    void two_members_looking_for_a_buddy_are_paired_given_starters_and_can_talk() {
        TestMember maya = member("Maya", "Europe/London");
        TestMember noor = member("Noor", "Europe/Lisbon");

        assertThat(maya.sends("/buddy").text()).contains("A buddy is one other person");
        assertThat(maya.presses("Find me a buddy").text()).contains("I'm looking for a buddy for you");
        noor.sends("/buddy");
        noor.presses("Find me a buddy");
        kindred.advance(Duration.ofMinutes(1));

        assertThat(maya.lastText()).contains("A buddy for you");
        assertThat(noor.lastText()).contains("A buddy for you");
        assertThat(maya.presses("Yes, I'll join").text()).contains("as soon as enough people have said yes");
        noor.presses("Yes, I'll join");

        assertThat(maya.lastText()).contains("You're paired with Noor.").contains("What you share stays between you two")
                .contains("Not sure how to start?");
        assertThat(noor.lastText()).contains("You're paired with Maya.");
        assertThat(maya.sends("/buddy").text()).contains("You're paired with Noor");

        noor.unread();
        maya.says("Hi Noor! How's your week been?");
        assertThat(noor.unread()).extracting(Message::plainText).containsExactly("Maya (Buddy): Hi Noor! How's your week been?");
    }

    @Test
    void a_week_later_kindred_asks_whether_they_talked() {
        TestMember maya = member("Maya", "Europe/London");
        TestMember noor = member("Noor", "Europe/London");
        paired(maya, noor);
        List.of(maya, noor).forEach(TestMember::unread);

        kindred.advance(Duration.ofDays(6));
        assertThat(maya.unread()).isEmpty();
        kindred.advance(Duration.ofDays(1));

        assertThat(maya.lastText()).contains("It's been a week since you and Noor were paired. Did you two get to talk?");
        assertThat(noor.lastText()).contains("you and Maya were paired");
        assertThat(maya.presses("Yes, we talked").text()).contains("I'm really glad");
        var notYet = noor.presses("Not yet");
        assertThat(notYet.text()).contains("No rush at all").contains("Not sure how to start?");

        kindred.advance(Duration.ofDays(7));
        assertThat(maya.unread()).as("the check-back comes once").noneMatch(m -> m.plainText().contains("Did you two get to talk"));
    }

    @Test
    void it_s_not_working_ends_the_pairing_kindly_and_the_two_are_not_paired_again() {
        TestMember maya = member("Maya", "Europe/London");
        TestMember noor = member("Noor", "Europe/London");
        paired(maya, noor);
        kindred.advance(Duration.ofDays(7));

        var ended = maya.presses("It's not working");

        assertThat(ended.text()).contains("You've ended the buddy pairing").contains("rather not be in a group with again");
        assertThat(noor.lastText()).contains("Your buddy pairing has ended. It isn't about you");
        assertThat(kindred.store().groupMembers().get(noor.id()).active()).isEmpty();

        kindred.advance(Duration.ofDays(4));
        maya.sends("/buddy");
        maya.presses("Find me a buddy");
        noor.sends("/buddy");
        noor.presses("Find me a buddy");
        List.of(maya, noor).forEach(TestMember::unread);
        kindred.advance(Duration.ofMinutes(20));

        assertThat(maya.unread()).as("no repeats: the same two are never paired again").isEmpty();
        assertThat(noor.unread()).isEmpty();
        TestMember sam = member("Sam", "Europe/London");
        sam.sends("/buddy");
        sam.presses("Find me a buddy");
        kindred.advance(Duration.ofMinutes(1));
        assertThat(maya.lastText()).contains("A buddy for you");
        assertThat(sam.lastText()).contains("A buddy for you");
        assertThat(kindred.store().waitlists().waiting(new TopicKey(Platform.TELEGRAM, "direct", TopicKey.BUDDY)))
                .extracting(w -> w.member()).containsExactly(noor.id());
    }

    @Test
    void someone_looking_for_a_buddy_can_stop_with_one_press() {
        TestMember maya = member("Maya", "Europe/London");
        maya.sends("/buddy");
        maya.presses("Find me a buddy");

        assertThat(maya.sends("/buddy").text()).contains("still looking");
        assertThat(maya.presses("Stop looking").text()).contains("stopped looking");
        assertThat(kindred.store().waitlists().isWaiting(new TopicKey(Platform.TELEGRAM, "direct", TopicKey.BUDDY), maya.id()))
                .isFalse();
    }

    private void paired(TestMember first, TestMember second) {
        for (TestMember member : List.of(first, second)) {
            member.sends("/buddy");
            member.presses("Find me a buddy");
        }
        kindred.advance(Duration.ofMinutes(1));
        first.presses("Yes, I'll join");
        second.presses("Yes, I'll join");
        assertThat(first.lastText()).contains("You're paired with");
    }

    private TestMember member(String name, String zone) {
        return kindred.consentedMember(name, new LocaleHints("en", "GB", zone));
    }
}
