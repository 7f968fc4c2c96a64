package app.kindred.core.groups;

import app.kindred.core.contract.Address;
import app.kindred.core.contract.LocaleHints;
import app.kindred.core.contract.Message;
import app.kindred.core.contract.Part;
import app.kindred.core.contract.Platform;
import app.kindred.core.crisis.escalation.CommunitySafety;
import app.kindred.core.crisis.escalation.SafetyContact;
import app.kindred.core.crisis.escalation.SafetyContacts;
import app.kindred.core.member.MemberId;
import app.kindred.core.testing.TestMember;
import app.kindred.core.testing.TestPlatform;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Peer groups as members live them, on Telegram (where groups meet as relay circles): joining a topic,
 * being matched, answering invitations, talking in a circle, leaving and reporting.
 */
class GroupsScenarioTest {

    private static final Address.Direct MODERATOR = new Address.Direct(Platform.TELEGRAM, "direct", "mod-1", "dm-mod");

    private final TestPlatform kindred = TestPlatform.assembled(parts -> parts.withSafety(SafetyContacts.of(Map.of(
            new SafetyContacts.Community(Platform.TELEGRAM, "direct"),
            CommunitySafety.withConsent(List.of(new SafetyContact("Priya", MODERATOR, "en")))))));

    @Test
    void thirteen_members_joining_one_topic_end_as_groups_of_sizes_within_bounds() {
        List<TestMember> members = new ArrayList<>();
        for (int i = 1; i <= 13; i++) {
            members.add(joined("Member" + i, "anxiety"));
        }

        kindred.advance(Duration.ofMinutes(1));

        Set<GroupId> groups = new HashSet<>();
        for (TestMember member : members) {
            assertThat(member.lastText()).contains("An invitation:").contains("Anxiety");
            groups.addAll(kindred.store().groupMembers().get(member.id()).active());
        }
        List<Integer> sizes = groups.stream()
                .map(id -> kindred.store().groupRecords().find(id).orElseThrow().seats().size()).sorted().toList();
        assertThat(sizes).containsExactly(4, 4, 5);
        assertThat(sizes).allSatisfy(size -> assertThat(size).isBetween(3, 6));
        assertThat(kindred.store().waitlists().waiting(topic("anxiety"))).isEmpty();

        allSayYes(members);
        for (TestMember member : members) {
            assertThat(member.inbox().stream().map(Message::plainText))
                    .anySatisfy(text -> assertThat(text).contains("Your Anxiety circle is open")
                            .contains("What's shared here stays here"));
        }
    }

    @Test
    void time_zones_ten_hours_apart_are_not_grouped_while_closer_ones_wait() {
        TestMember london = joined("Lena", "students");
        TestMember dublin = joined("Dara", "Europe/Dublin", "students");
        TestMember vladivostok = joined("Vika", "Asia/Vladivostok", "students");
        TestMember guam = joined("Gus", "Pacific/Guam", "students");

        kindred.advance(Duration.ofDays(2));
        for (TestMember member : List.of(london, dublin, vladivostok, guam)) {
            assertThat(member.unread()).as("nobody is invited across ten hours").isEmpty();
        }

        TestMember berlin = joined("Bea", "Europe/Berlin", "students");
        kindred.advance(Duration.ofMinutes(1));

        for (TestMember member : List.of(london, dublin, berlin)) {
            assertThat(member.lastText()).contains("An invitation:").contains("you and 2 others");
        }
        assertThat(vladivostok.unread()).isEmpty();
        assertThat(guam.unread()).isEmpty();
        assertThat(kindred.store().waitlists().waiting(topic("students"))).extracting(Waitlists.Waiting::member)
                .containsExactly(vladivostok.id(), guam.id());
    }

    @Test
    void a_decline_that_leaves_too_few_returns_the_others_to_the_front_of_the_waitlist() {
        TestMember ana = joined("Ana", "grief");
        TestMember ben = joined("Ben", "grief");
        TestMember cleo = joined("Cleo", "grief");
        TestMember dev = joined("Dev", "grief");
        kindred.advance(Duration.ofMinutes(1));
        TestMember late = joined("Lou", "grief");

        assertThat(ana.presses("Yes, I'll join").text()).contains("as soon as enough people have said yes");
        assertThat(ben.presses("No, thanks").text()).contains("No problem");
        assertThat(cleo.presses("No, thanks").text()).contains("No problem");

        assertThat(ana.lastText()).contains("Not enough people could make the Grief and loss group")
                .contains("back at the front of the waitlist");
        assertThat(dev.lastText()).contains("back at the front of the waitlist");
        assertThat(kindred.store().waitlists().waiting(topic("grief"))).extracting(Waitlists.Waiting::member)
                .containsExactly(ana.id(), dev.id(), late.id());
        assertThat(dev.presses("Yes, I'll join").text()).contains("no longer open");
    }

    @Test
    void an_unanswered_invitation_expires_and_the_ones_who_said_yes_go_back_to_the_front() {
        TestMember ana = joined("Ana", "carers");
        TestMember ben = joined("Ben", "carers");
        TestMember cleo = joined("Cleo", "carers");
        TestMember dev = joined("Dev", "carers");
        kindred.advance(Duration.ofMinutes(1));
        ana.presses("Yes, I'll join");
        ben.presses("Yes, I'll join");
        cleo.unread();

        kindred.advance(Duration.ofHours(47));
        assertThat(cleo.unread()).isEmpty();
        kindred.advance(Duration.ofHours(1).plusMinutes(1));

        assertThat(cleo.lastText()).contains("invitation to the Caring for someone group has run out");
        assertThat(dev.lastText()).contains("has run out");
        assertThat(ana.lastText()).contains("back at the front of the waitlist");
        assertThat(kindred.store().waitlists().waiting(topic("carers"))).extracting(Waitlists.Waiting::member)
                .containsExactly(ana.id(), ben.id());
        assertThat(cleo.presses("Yes, I'll join").text()).contains("That button has expired");
    }

    @Test
    void the_wrong_member_pressing_accept_is_refused() {
        TestMember ana = joined("Ana", "lgbtq");
        TestMember ben = joined("Ben", "lgbtq");
        joined("Cleo", "lgbtq");
        joined("Dev", "lgbtq");
        TestMember outsider = member("Olli", "Europe/London");
        kindred.advance(Duration.ofMinutes(1));
        String anasAccept = acceptPayload(ana);

        assertThat(ben.pressesPayload(anasAccept).text()).contains("meant for someone else");
        assertThat(outsider.pressesPayload(anasAccept).text()).contains("meant for someone else");

        Group group = groupOf(ana);
        assertThat(group.seatOf(ana.id()).orElseThrow().state()).isEqualTo(Seat.State.INVITED);
        assertThat(group.seatOf(ben.id()).orElseThrow().state()).isEqualTo(Seat.State.INVITED);
        assertThat(ana.pressesPayload(anasAccept).text()).contains("as soon as enough people have said yes");
    }

    @Test
    void a_member_with_a_recent_crisis_signal_gets_no_invitation_and_is_offered_support_first() {
        List<TestMember> others = List.of(joined("Ana", "work-stress"), joined("Ben", "work-stress"),
                joined("Cleo", "work-stress"), joined("Dev", "work-stress"));
        TestMember sam = joined("Sam", "work-stress");
        kindred.store().recentSignals().record(sam.id(), kindred.clock().instant().minus(Duration.ofHours(2)));

        kindred.advance(Duration.ofMinutes(1));

        others.forEach(member -> assertThat(member.lastText()).contains("An invitation:"));
        List<Message> toSam = sam.unread();
        assertThat(toSam).hasSize(1);
        assertThat(toSam.get(0).plainText()).contains("how are you doing?").contains("/helplines")
                .doesNotContain("invitation");
        assertThat(toSam.get(0).parts()).noneMatch(Part.Buttons.class::isInstance);
        assertThat(kindred.store().waitlists().isWaiting(topic("work-stress"), sam.id())).isTrue();

        kindred.advance(Duration.ofMinutes(20));
        assertThat(sam.unread()).as("support is offered once per signal, not every sweep").isEmpty();
    }

    @Test
    void a_relay_circle_message_reaches_the_others_and_not_the_sender() {
        TestMember maya = joined("Maya", "new-parents");
        TestMember noor = joined("Noor", "new-parents");
        TestMember omar = joined("Omar", "new-parents");
        TestMember pia = joined("Pia", "new-parents");
        TestMember outsider = member("Olli", "Europe/London");
        kindred.advance(Duration.ofMinutes(1));
        allSayYes(maya, noor, omar, pia);
        catchUp(maya, noor, omar, pia, outsider);

        var sent = maya.says("Rough night **again**, the baby was up at 3");

        assertThat(sent.messages()).as("nothing is echoed to the writer").isEmpty();
        for (TestMember other : List.of(noor, omar, pia)) {
            List<Message> received = other.unread();
            assertThat(received).hasSize(1);
            assertThat(received.get(0).plainText()).isEqualTo("Maya (New parents): Rough night **again**, the baby was up at 3");
            Part.Text text = (Part.Text) received.get(0).parts().get(0);
            assertThat(text.markdown()).contains("\\*\\*again\\*\\*");
        }
        assertThat(maya.unread()).isEmpty();
        assertThat(outsider.unread()).isEmpty();
    }

    @Test
    void a_platform_name_with_a_direction_override_and_many_emoji_reaches_the_circle_as_a_plain_short_name() {
        TestMember zoe = joined("\u202EZo\u00EB" + "\uD83C\uDF08".repeat(30) + " Smith", "Europe/London", "new-parents");
        TestMember noor = joined("Noor", "Europe/London", "new-parents");
        TestMember omar = joined("Omar", "Europe/London", "new-parents");
        TestMember pia = joined("Pia", "Europe/London", "new-parents");
        kindred.advance(Duration.ofMinutes(1));
        List.of(zoe, noor, omar, pia).forEach(member -> member.presses("Yes, I'll join"));
        List.of(zoe, noor, omar, pia).forEach(TestMember::unread);

        zoe.says("Hello all");

        String line = noor.unread().get(0).plainText();
        assertThat(line).startsWith("Zo\u00EB\uD83C\uDF08").endsWith("(New parents): Hello all").doesNotContain("\u202E");
        assertThat(line.codePoints()).as("no half of a character")
                .noneMatch(cp -> cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE);
        assertThat(line.substring(0, line.indexOf(" (")).codePointCount(0, line.indexOf(" ("))).isEqualTo(24);
    }

    @Test
    void a_crisis_message_in_a_relay_circle_is_answered_privately_and_never_relayed() {
        TestMember maya = joined("Maya", "grief");
        TestMember noor = joined("Noor", "grief");
        TestMember omar = joined("Omar", "grief");
        kindred.advance(Duration.ofDays(1).plusMinutes(1));
        allSayYes(maya, noor, omar);
        catchUp(maya, noor, omar);

        var reply = maya.says("I want to kill myself");

        assertThat(reply.isUrgent()).isTrue();
        assertThat(reply.text()).containsIgnoringCase("helpline");
        assertThat(noor.unread()).as("the group is not told").isEmpty();
        assertThat(omar.unread()).isEmpty();

        maya.says("Thank you all for listening yesterday");
        assertThat(noor.unread()).extracting(Message::plainText)
                .containsExactly("Maya (Grief and loss): Thank you all for listening yesterday");
    }

    @Test
    void a_report_reaches_the_safety_contacts_and_not_the_reported_member() {
        TestMember ana = joined("Ana", "anxiety");
        TestMember ben = joined("Ben", "anxiety");
        TestMember cleo = joined("Cleo", "anxiety");
        TestMember dev = joined("Dev", "anxiety");
        kindred.advance(Duration.ofMinutes(1));
        allSayYes(ana, ben, cleo, dev);
        catchUp(ben, cleo, dev);
        int toModerator = messagesTo(MODERATOR).size();

        assertThat(ana.sends("/groups").buttonLabels()).contains("Report a message", "Leave the group");
        assertThat(ana.presses("Report a message").text()).contains("Whose message");
        assertThat(ana.presses("Ben").text()).contains("What was wrong with the message from Ben?");
        assertThat(ana.presses("Unkind or harassing").text()).contains("passed it on").contains("Ben won't be told");

        List<Message> reports = messagesTo(MODERATOR).subList(toModerator, messagesTo(MODERATOR).size());
        assertThat(toModerator).as("nothing reached the contact before the report").isZero();
        assertThat(reports).hasSize(1);
        assertThat(reports.get(0).plainText()).contains("A report from a Kindred peer group").contains("Anxiety")
                .contains("from Ben (platform user user-Ben)").contains("Unkind or harassing")
                .contains("Reported by Ana");
        assertThat(ben.unread()).as("the reported member is never told").isEmpty();
        assertThat(cleo.unread()).isEmpty();

        ana.sends("/groups");
        ana.presses("Report a message");
        ana.presses("Ben");
        assertThat(ana.presses("Unkind or harassing").text()).contains("already reported this person today");
        assertThat(messagesTo(MODERATOR)).hasSize(toModerator + 1);
    }

    @Test
    void reports_are_rate_limited_so_they_cannot_be_used_to_harass() {
        List<TestMember> circle = new ArrayList<>();
        for (String name : List.of("Ana", "Ben", "Cleo", "Dev", "Eli")) {
            circle.add(joined(name, "anxiety"));
        }
        kindred.advance(Duration.ofMinutes(1));
        allSayYes(circle);
        TestMember ana = circle.get(0);

        for (String reported : List.of("Ben", "Cleo", "Dev")) {
            ana.sends("/groups");
            ana.presses("Report a message");
            ana.presses(reported);
            assertThat(ana.presses("Something else").text()).contains("passed it on");
        }
        ana.sends("/groups");
        ana.presses("Report a message");
        ana.presses("Eli");
        assertThat(ana.presses("Something else").text()).contains("several reports today").contains("/helplines");
        assertThat(messagesTo(MODERATOR)).hasSize(3);

        kindred.advance(Duration.ofHours(25));
        ana.sends("/groups");
        ana.presses("Report a message");
        ana.presses("Eli");
        assertThat(ana.presses("Something else").text()).contains("passed it on");
    }

    @Test
    void a_member_leaves_with_one_press_and_can_ask_never_to_be_grouped_with_someone_again() {
        TestMember ana = joined("Ana", "grief");
        TestMember ben = joined("Ben", "grief");
        TestMember cleo = joined("Cleo", "grief");
        TestMember dev = joined("Dev", "grief");
        kindred.advance(Duration.ofMinutes(1));
        allSayYes(ana, ben, cleo, dev);
        catchUp(ben, cleo, dev);

        ana.sends("/groups");
        var left = ana.presses("Leave the group");
        assertThat(left.text()).contains("You've left the Grief and loss group").contains("rather not be in a group with again");
        assertThat(ben.lastText()).contains("Ana has left the Grief and loss circle");
        assertThat(ana.presses("Cleo").text()).contains("won't put you two together again");
        assertThat(kindred.store().groupMembers().get(ana.id()).doNotPair()).containsExactly(cleo.id());
        assertThat(cleo.unread()).as("the avoided member is not told")
                .noneMatch(m -> m.plainText().contains("together again"));

        ben.unread();
        ana.says("hello?");
        assertThat(ben.unread()).as("a member who left no longer relays").isEmpty();
    }

    @Test
    void a_group_left_by_all_but_one_ends_and_everyone_rests_before_the_next_invitation() {
        TestMember ana = joined("Ana", "grief");
        TestMember ben = joined("Ben", "grief");
        TestMember cleo = joined("Cleo", "grief");
        kindred.advance(Duration.ofDays(1).plusMinutes(1));
        allSayYes(ana, ben, cleo);

        ana.sends("/groups");
        ana.presses("Leave the group");
        ben.sends("/groups");
        ben.presses("Leave the group");

        assertThat(cleo.lastText()).contains("The others have left the Grief and loss group, so it has closed");
        assertThat(kindred.store().groupMembers().get(cleo.id()).active()).isEmpty();
        assertThat(kindred.store().groupMembers().get(cleo.id()).coolingDown(kindred.clock().instant())).isTrue();
    }

    @Test
    void an_open_group_gets_the_guidelines_and_a_listening_tip_and_another_tip_now_and_then() {
        TestMember ana = joined("Ana", "students");
        TestMember ben = joined("Ben", "students");
        TestMember cleo = joined("Cleo", "students");
        TestMember dev = joined("Dev", "students");
        kindred.advance(Duration.ofMinutes(1));
        allSayYes(ana, ben, cleo, dev);

        String welcome = ana.inbox().stream().map(Message::plainText).filter(t -> t.contains("circle is open"))
                .findFirst().orElseThrow();
        assertThat(welcome).contains("What's shared here stays here").contains("Listen first")
                .contains("No advice unless someone asks").contains("/helplines").contains("A listening tip:")
                .contains("You could say:");
        String firstTip = welcome.substring(welcome.indexOf("A listening tip:")).split("\n")[0];
        catchUp(ana, ben, cleo, dev);

        kindred.advance(Duration.ofDays(6));
        assertThat(ana.unread()).isEmpty();
        kindred.advance(Duration.ofDays(1));

        for (TestMember member : List.of(ana, ben, cleo, dev)) {
            List<Message> tips = member.unread();
            assertThat(tips).hasSize(1);
            assertThat(tips.get(0).plainText()).startsWith("A listening tip:").doesNotContain(firstTip);
        }
    }

    @Test
    void someone_can_volunteer_as_facilitator_after_reading_the_guidance() {
        TestMember fay = member("Fay", "Europe/London");

        var guidance = fay.sends("/groups facilitator");
        assertThat(guidance.text()).contains("Facilitating a group").contains("at most one facilitator");
        fay.presses("I've read this, I'd like to facilitate");
        assertThat(kindred.store().groupMembers().get(fay.id()).facilitator()).isTrue();

        fay.sends("/groups join anxiety");
        joined("Ana", "anxiety");
        joined("Ben", "anxiety");
        joined("Cleo", "anxiety");
        kindred.advance(Duration.ofMinutes(1));
        assertThat(fay.lastText()).contains("you're this group's facilitator");
    }

    @Test
    void members_who_speak_spanish_are_grouped_and_spoken_to_in_spanish() {
        List<TestMember> members = new ArrayList<>();
        for (String name : List.of("Lucía", "Mateo", "Sofía", "Pablo")) {
            TestMember member = kindred.member(name, new LocaleHints("es", "ES", "Europe/Madrid"));
            member.sends("/start");
            member.presses("De acuerdo, empecemos");
            assertThat(member.sends("/groups join work-stress").text()).contains("Estás en la lista de espera de Estrés laboral");
            members.add(member);
        }
        TestMember english = joined("Ann", "work-stress");

        kindred.advance(Duration.ofMinutes(1));

        members.forEach(member -> assertThat(member.lastText()).contains("Una invitación").contains("Estrés laboral"));
        assertThat(english.unread()).as("a group shares one language").isEmpty();
        members.forEach(member -> member.presses("Sí, me uno"));
        assertThat(members.get(3).lastText()).contains("Tu círculo de Estrés laboral está abierto")
                .contains("Lo que se comparte aquí, se queda aquí");
    }

    @Test
    void the_groups_menu_lists_topics_with_descriptions_and_joining_and_leaving_are_one_press() {
        TestMember ana = member("Ana", "Europe/London");

        var menu = ana.sends("/groups");
        assertThat(menu.text()).contains("Peer groups").contains("Work stress: Deadlines")
                .contains("Caring for someone").contains("LGBTQ+");
        assertThat(ana.presses("Grief and loss").text()).contains("You're on the waitlist for Grief and loss");
        assertThat(kindred.store().waitlists().isWaiting(topic("grief"), ana.id())).isTrue();

        assertThat(ana.presses("Leave the waitlist").text()).contains("You've left the waitlist for Grief and loss");
        assertThat(kindred.store().waitlists().isWaiting(topic("grief"), ana.id())).isFalse();
        assertThat(ana.sends("/groups join knitting").text()).contains("I don't know a topic called \"knitting\"");
    }

    @Test
    void a_member_without_a_time_zone_is_told_how_to_set_one_when_joining() {
        TestMember tom = kindred.member("Tom", LocaleHints.language("en"));
        tom.sends("/start");
        tom.presses("I agree, let's start");

        assertThat(tom.sends("/groups join students").text()).contains("You're on the waitlist for Students")
                .contains("/settings timezone");
    }

    @Test
    void forget_takes_the_member_out_of_waitlists_groups_and_circles() {
        TestMember ana = joined("Ana", "anxiety");
        TestMember ben = joined("Ben", "anxiety");
        TestMember cleo = joined("Cleo", "anxiety");
        kindred.advance(Duration.ofDays(1).plusMinutes(1));
        allSayYes(ana, ben, cleo);
        ana.sends("/groups join students");
        GroupId group = groupOf(ana).id();

        ana.sends("/forget");
        ana.presses("Yes, delete everything");

        kindred.store().memberData().forEach(holder -> assertThat(holder.export(ana.id())).as(holder.section())
                .satisfiesAnyOf(held -> assertThat(held).isEqualTo(java.util.Map.of()),
                        held -> assertThat(held).isEqualTo(List.of())));
        Group after = kindred.store().groupRecords().find(group).orElseThrow();
        assertThat(after.seats()).noneMatch(seat -> seat.member().equals(ana.id()) || seat.name().equals("Ana"));
        assertThat(kindred.store().waitlists().isWaiting(topic("students"), ana.id())).isFalse();

        ben.says("Is anyone there?");
        assertThat(cleo.unread()).extracting(Message::plainText).containsExactly("Ben (Anxiety): Is anyone there?");
    }

    // ---- helpers: a consented member in a time zone, and what they were sent ----

    private TestMember member(String name, String zone) {
        return kindred.consentedMember(name, new LocaleHints("en", "GB", zone));
    }

    /** A consented member in London who joined a topic's waitlist. */
    private TestMember joined(String name, String topic) {
        return joined(name, "Europe/London", topic);
    }

    private TestMember joined(String name, String zone, String topic) {
        TestMember member = member(name, zone);
        assertThat(member.sends("/groups join " + topic).text()).contains("You're on the waitlist");
        return member;
    }

    private static void allSayYes(TestMember... invited) {
        allSayYes(List.of(invited));
    }

    private static void allSayYes(List<TestMember> invited) {
        invited.forEach(member -> member.presses("Yes, I'll join"));
    }

    /** They read what they were sent so far, so a test then sees only what comes next. */
    private static void catchUp(TestMember... members) {
        for (TestMember member : members) {
            member.unread();
        }
    }

    private static String acceptPayload(TestMember member) {
        List<Message> inbox = member.inbox();
        for (int i = inbox.size() - 1; i >= 0; i--) {
            for (Part part : inbox.get(i).parts()) {
                if (part instanceof Part.Buttons row) {
                    for (Part.Button button : row.buttons()) {
                        if (button.label().equals("Yes, I'll join")) {
                            return button.payload();
                        }
                    }
                }
            }
        }
        throw new AssertionError("no invitation");
    }

    private Group groupOf(TestMember member) {
        MemberId id = member.id();
        return kindred.store().groupMembers().get(id).active().stream()
                .map(g -> kindred.store().groupRecords().find(g).orElseThrow()).findFirst().orElseThrow();
    }

    private List<Message> messagesTo(Address.Direct contact) {
        return kindred.allMessages().stream().filter(m -> m.to().equals(contact)).toList();
    }

    private static TopicKey topic(String id) {
        return new TopicKey(Platform.TELEGRAM, "direct", id);
    }
}
