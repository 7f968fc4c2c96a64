package app.kindred.core.groups;

import app.kindred.core.contract.Address;
import app.kindred.core.contract.Lifecycle;
import app.kindred.core.contract.LocaleHints;
import app.kindred.core.contract.Message;
import app.kindred.core.contract.OpenSpace;
import app.kindred.core.contract.Outbound;
import app.kindred.core.contract.Platform;
import app.kindred.core.testing.Reply;
import app.kindred.core.testing.TestMember;
import app.kindred.core.testing.TestPlatform;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On Slack and Discord a group meets in a private space the adapter opens; when the platform cannot
 * (no rights) or never answers, the members are told plainly and the group meets as a relay circle.
 */
class GroupSpacesScenarioTest {

    private static final String WORKSPACE = "T-acme";

    private final TestPlatform kindred = TestPlatform.assembled(parts -> parts.withGroups(
            GroupSettings.defaults().withCommunitySizes(Platform.SLACK, "T-small", new GroupSizes(2, 3, 3)), ReportRecipients.none()));

    @Test
    void once_enough_say_yes_kindred_asks_for_a_private_channel_and_welcomes_the_group_there() {
        TestMember ana = joined("Ana", WORKSPACE);
        TestMember ben = joined("Ben", WORKSPACE);
        TestMember cleo = joined("Cleo", WORKSPACE);
        TestMember dev = joined("Dev", WORKSPACE);
        kindred.advance(Duration.ofMinutes(1));
        assertThat(ana.lastText()).contains("I'll open a private channel just for the group");

        ana.presses("Yes, I'll join");
        ben.presses("Yes, I'll join");
        Reply third = cleo.presses("Yes, I'll join");

        OpenSpace request = spaceRequestedBy(third);
        assertThat(request.platform()).isEqualTo(Platform.SLACK);
        assertThat(request.community()).isEqualTo(WORKSPACE);
        assertThat(request.name()).matches("kindred-work-stress-[a-z0-9]{8}");
        assertThat(request.members()).extracting(Address.Direct::userId).containsExactlyInAnyOrder("user-Ana", "user-Ben", "user-Cleo");
        assertThat(ana.lastText()).contains("opening the group's private channel");
        assertThat(dev.lastText()).contains("started before you answered").contains("front of the waitlist");
        assertThat(kindred.store().waitlists().waiting(new TopicKey(Platform.SLACK, WORKSPACE, "work-stress")))
                .extracting(Waitlists.Waiting::member).containsExactly(dev.id());

        List<Outbound> opened = kindred.happens(new Lifecycle.SpaceOpened(Platform.SLACK, WORKSPACE, request.requestId(), "C-private"));

        Message welcome = opened.stream().filter(Message.class::isInstance).map(Message.class::cast)
                .filter(m -> m.to() instanceof Address.Space).findFirst().orElseThrow();
        assertThat(welcome.to()).isEqualTo(new Address.Space(Platform.SLACK, WORKSPACE, "C-private"));
        assertThat(welcome.plainText()).contains("Welcome to your Work stress group").contains("What's shared here stays here");
        for (TestMember member : List.of(ana, ben, cleo)) {
            assertThat(member.lastText()).contains("look for its private channel");
        }
        assertThat(dev.presses("Yes, I'll join").text()).contains("no longer open");

        ben.unread();
        ana.says("just checking in");
        assertThat(ben.unread()).as("a group with its own space is not relayed").isEmpty();
    }

    @Test
    void when_the_platform_cannot_open_a_space_the_members_are_told_and_meet_as_a_relay_circle() {
        TestMember ana = joined("Ana", WORKSPACE);
        TestMember ben = joined("Ben", WORKSPACE);
        TestMember cleo = joined("Cleo", WORKSPACE);
        kindred.advance(Duration.ofDays(1).plusMinutes(1));
        ana.presses("Yes, I'll join");
        ben.presses("Yes, I'll join");
        OpenSpace request = spaceRequestedBy(cleo.presses("Yes, I'll join"));

        kindred.happens(new Lifecycle.SpaceNotOpened(Platform.SLACK, WORKSPACE, request.requestId(), "missing_scope"));

        for (TestMember member : List.of(ana, ben, cleo)) {
            assertThat(member.lastText()).contains("couldn't open a private channel").contains("meets through me")
                    .contains("Your Work stress circle is open");
        }
        ben.unread();
        ana.says("hello both");
        assertThat(ben.unread()).extracting(Message::plainText).containsExactly("Ana (Work stress): hello both");

        kindred.happens(new Lifecycle.SpaceOpened(Platform.SLACK, WORKSPACE, request.requestId(), "C-late"));
        assertThat(kindred.store().groupRecords().find(new GroupId(request.requestId())).orElseThrow().spaceId())
                .as("a late answer does not move a group that already meets").isEmpty();
    }

    @Test
    void when_the_platform_never_answers_the_group_meets_as_a_relay_circle_after_an_hour() {
        TestMember ana = joined("Ana", WORKSPACE);
        TestMember ben = joined("Ben", WORKSPACE);
        TestMember cleo = joined("Cleo", WORKSPACE);
        kindred.advance(Duration.ofDays(1).plusMinutes(1));
        List.of(ana, ben, cleo).forEach(member -> member.presses("Yes, I'll join"));

        kindred.advance(Duration.ofMinutes(59));
        assertThat(ana.lastText()).contains("opening the group's private channel");
        kindred.advance(Duration.ofMinutes(2));

        assertThat(ana.lastText()).contains("couldn't open a private channel").contains("circle is open");
    }

    @Test
    void a_request_for_another_community_or_an_unknown_group_changes_nothing() {
        TestMember ana = joined("Ana", WORKSPACE);
        TestMember ben = joined("Ben", WORKSPACE);
        TestMember cleo = joined("Cleo", WORKSPACE);
        kindred.advance(Duration.ofDays(1).plusMinutes(1));
        ana.presses("Yes, I'll join");
        ben.presses("Yes, I'll join");
        OpenSpace request = spaceRequestedBy(cleo.presses("Yes, I'll join"));

        assertThat(kindred.happens(new Lifecycle.SpaceOpened(Platform.SLACK, "T-other", request.requestId(), "C-x"))).isEmpty();
        assertThat(kindred.happens(new Lifecycle.SpaceOpened(Platform.SLACK, WORKSPACE, "not a group", "C-y"))).isEmpty();
        assertThat(kindred.store().groupRecords().find(new GroupId(request.requestId())).orElseThrow().state())
                .isEqualTo(Group.State.OPENING);
    }

    @Test
    void a_community_can_choose_its_own_group_sizes() {
        List<TestMember> members = List.of(joined("Ana", "T-small"), joined("Ben", "T-small"), joined("Cleo", "T-small"),
                joined("Dev", "T-small"), joined("Eli", "T-small"), joined("Fay", "T-small"), joined("Gus", "T-small"));

        kindred.advance(Duration.ofMinutes(1));

        List<Integer> sizes = members.stream().flatMap(m -> kindred.store().groupMembers().get(m.id()).active().stream())
                .distinct().map(id -> kindred.store().groupRecords().find(id).orElseThrow().seats().size()).toList();
        assertThat(sizes).containsExactlyInAnyOrder(3, 3);
    }

    private TestMember joined(String name, String workspace) {
        TestMember member = kindred.member(Platform.SLACK, workspace, name, new LocaleHints("en", "GB", "Europe/London"));
        member.sends("/start");
        member.presses("I agree, let's start");
        assertThat(member.sends("/groups join work-stress").text()).contains("You're on the waitlist");
        return member;
    }

    /** The request for a private space that Kindred sent the adapter with its answer to this press. */
    private static OpenSpace spaceRequestedBy(Reply press) {
        return press.everything().stream().filter(OpenSpace.class::isInstance).map(OpenSpace.class::cast)
                .findFirst().orElseThrow(() -> new AssertionError("no private space was asked for"));
    }
}
