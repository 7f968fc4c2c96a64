package app.kindred.core.groups;

import app.kindred.core.contract.Address;
import app.kindred.core.contract.Message;
import app.kindred.core.contract.Part;
import app.kindred.core.conversation.Turn;
import app.kindred.core.prompts.Say;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reporting a message in a group to the community's safety contacts: choose whose message, choose why,
 * and it is passed on. Kindred keeps no messages, so the contacts hear who, where and why, and can ask
 * the reporter. Reports are rate-limited so they cannot be used to harass, and the reported member is
 * never told.
 */
final class Reports {

    static final String START = "gr.report";
    static final String WHO = "gr.rwho";
    static final String WHY = "gr.rwhy";
    static final List<String> REASONS = List.of("unkind", "unsafe", "spam", "other");
    private static final Duration DAY = Duration.ofHours(24);
    private static final Duration CHOOSE_WITHIN = Duration.ofMinutes(30);

    private final GroupKit kit;
    private final Reach reach;
    private final Topics topics;

    Reports(GroupKit kit, Reach reach, Topics topics) {
        this.kit = kit;
        this.reach = reach;
        this.topics = topics;
    }

    /** Step one: whose message? */
    void start(Turn turn, String value) {
        Optional<Group> group = groupOfReporter(turn, value);
        if (group.isEmpty()) {
            turn.replyText("groups.report.not-in-it");
            return;
        }
        List<Part.Option> options = new ArrayList<>();
        for (Seat seat : group.get().seats()) {
            if (!seat.member().equals(turn.member()) && !seat.name().isEmpty() && !seat.isForgotten()) {
                options.add(new Part.Option(seat.name(), turn.payload(WHO, group.get().id() + "-" + seat.slot(), CHOOSE_WITHIN)));
            }
        }
        if (options.isEmpty()) {
            turn.replyText("groups.report.nobody");
            return;
        }
        Say say = turn.say();
        turn.reply(new Part.Text(say.text("groups.report.who")), new Part.Choice(say.text("groups.report.who-choose"), options));
    }

    /** Step two: why? */
    void who(Turn turn, String value) {
        String[] fields = value.split("-", 2);
        Optional<Group> group = fields.length == 2 ? groupOfReporter(turn, fields[0]) : Optional.empty();
        Optional<Seat> reported = group.flatMap(g -> Endings.parseSlot(fields[1]).flatMap(g::seat))
                .filter(s -> !s.member().equals(turn.member()));
        if (reported.isEmpty()) {
            turn.replyText("groups.report.not-in-it");
            return;
        }
        Say say = turn.say();
        List<Part.Button> buttons = new ArrayList<>();
        for (int i = 0; i < REASONS.size(); i++) {
            buttons.add(Part.Button.of(say.text("groups.report.reason." + REASONS.get(i)),
                    turn.payload(WHY, value + "-" + i, CHOOSE_WITHIN)));
        }
        turn.reply(new Part.Text(say.text("groups.report.why", "name", reported.get().name())), new Part.Buttons(buttons));
    }

    /** Step three: pass it on, unless the member has reported too much today. */
    void why(Turn turn, String value) {
        String[] fields = value.split("-", 3);
        Optional<Group> group = fields.length == 3 ? groupOfReporter(turn, fields[0]) : Optional.empty();
        Optional<Seat> reported = group.flatMap(g -> Endings.parseSlot(fields[1]).flatMap(g::seat))
                .filter(s -> !s.member().equals(turn.member()) && !s.isForgotten());
        Optional<Integer> reason = fields.length == 3 ? Endings.parseSlot(fields[2]).filter(i -> i < REASONS.size())
                : Optional.empty();
        if (reported.isEmpty() || reason.isEmpty()) {
            turn.replyText("groups.report.not-in-it");
            return;
        }
        Instant now = turn.now();
        String about = fields[0] + "-" + fields[1];
        GroupMember reporter = kit.members().get(turn.member());
        List<GroupMember.ReportMade> today = reporter.reportsSince(now.minus(DAY));
        if (today.stream().anyMatch(r -> r.about().equals(about))) {
            turn.replyText("groups.report.already");
            return;
        }
        if (today.size() >= kit.settings().reportsPerDay()) {
            turn.replyText("groups.report.limit");
            return;
        }
        Group g = group.get();
        List<Address.Direct> contacts = kit.contacts().safetyContacts(g.topic().platform(), g.topic().community());
        if (contacts.isEmpty()) {
            turn.replyText("groups.report.no-contacts");
            return;
        }
        Optional<Reach.Reachable> reportedMember = reach.member(reported.get().member());
        Seat reporterSeat = g.seatOf(turn.member()).orElseThrow();
        Say say = reach.say(kit.services().settings().defaultLanguage());
        String text = say.text("groups.report.to-contact",
                "topic", topics.name(say, g.topic()),
                "group", g.id().value(),
                "name", reported.get().name(),
                "user", reportedMember.map(r -> r.address().userId()).orElse("?"),
                "reason", say.text("groups.report.reason." + REASONS.get(reason.get())),
                "reporter", reporterSeat.name(),
                "reporterUser", turn.sender().userId());
        for (Address.Direct contact : contacts) {
            turn.send(new Message(contact, List.of(new Part.Text(text)), Message.Urgency.REPLY, ""));
        }
        kit.members().update(turn.member(), m -> m.reported(now, about, DAY));
        turn.replyText("groups.report.sent", "name", reported.get().name());
    }

    /** A group the member is (or was, having left) in, from a button value. */
    private Optional<Group> groupOfReporter(Turn turn, String value) {
        return Opening.groupIdOf(value).flatMap(kit.records()::find)
                .filter(g -> g.seatOf(turn.member()).map(s -> s.state() == Seat.State.ACCEPTED
                        || s.state() == Seat.State.LEFT).orElse(false));
    }
}
