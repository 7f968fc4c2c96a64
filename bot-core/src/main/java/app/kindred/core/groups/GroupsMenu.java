package app.kindred.core.groups;

import app.kindred.core.contract.Part;
import app.kindred.core.conversation.Turn;
import app.kindred.core.prompts.Say;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code groups}: the topics with short descriptions, the member's waitlists and groups with one-press
 * buttons to join, leave and report, the facilitator guidance, and the name shown in relay circles.
 */
final class GroupsMenu {

    static final String JOIN = "gr.join";
    static final String UNWAIT = "gr.unwait";
    static final String VOLUNTEER = "gr.facil";
    static final String STEP_DOWN = "gr.unfacil";

    private final GroupKit kit;
    private final Topics topics;
    private final RelayCircle relay;

    GroupsMenu(GroupKit kit, Topics topics, RelayCircle relay) {
        this.kit = kit;
        this.topics = topics;
        this.relay = relay;
    }

    void command(Turn turn, String args) {
        String[] words = args.strip().split("\\s+", 2);
        String sub = words[0].toLowerCase(Locale.ROOT);
        String rest = words.length > 1 ? words[1] : "";
        if (sub.isEmpty() || sub.equals("leave") || sub.equals("report")) {
            show(turn);
        } else if (sub.equals("join") && !rest.isBlank()) {
            join(turn, rest.strip().toLowerCase(Locale.ROOT));
        } else if (topics.offers(sub)) {
            join(turn, sub);
        } else if (sub.equals("name")) {
            relay.rename(turn, rest);
        } else if (sub.startsWith("facilitat")) {
            facilitator(turn);
        } else {
            turn.replyText("groups.menu.usage");
        }
    }

    void show(Turn turn) {
        Say say = turn.say();
        List<Part> parts = new ArrayList<>();
        parts.add(new Part.Text(say.text("groups.menu.intro")));
        GroupMember record = kit.members().get(turn.member());
        long circles = record.active().stream().map(kit.records()::find).flatMap(Optional::stream)
                .filter(g -> g.isOpen() && g.mode() == Group.Mode.RELAY).count();
        for (GroupId id : record.active()) {
            kit.records().find(id).filter(g -> !g.isBuddy()).ifPresent(group -> parts.addAll(groupRow(turn, group, circles > 1)));
        }
        List<String> waitingOn = new ArrayList<>();
        for (TopicKey topic : kit.waitlists().topicsOf(turn.member())) {
            if (!topic.isBuddy() && isHere(turn, topic)) {
                waitingOn.add(topic.topic());
                parts.add(new Part.Text(say.text("groups.menu.waiting", "topic", topics.name(say, topic))));
                parts.add(new Part.Buttons(List.of(turn.button("groups.menu.leave-waitlist", UNWAIT, topic.topic(),
                        validity(turn)))));
            }
        }
        StringBuilder list = new StringBuilder(say.text("groups.menu.topics"));
        List<Part.Option> options = new ArrayList<>();
        for (String topic : topics.offered()) {
            list.append('\n').append(say.text("groups.menu.topic-line", "name", topics.name(say, topic),
                    "about", topics.about(say, topic)));
            if (!waitingOn.contains(topic)) {
                options.add(new Part.Option(topics.name(say, topic), turn.payload(JOIN, topic, validity(turn))));
            }
        }
        parts.add(new Part.Text(list.toString()));
        if (!options.isEmpty()) {
            parts.add(new Part.Choice(say.text("groups.menu.choose"), options));
        }
        if (!record.facilitator()) {
            parts.add(new Part.Text(say.text("groups.menu.facilitator-hint")));
        }
        turn.reply(parts);
    }

    private List<Part> groupRow(Turn turn, Group group, boolean severalCircles) {
        Say say = turn.say();
        Optional<Seat> seat = group.seatOf(turn.member());
        String state = group.isOpen() ? (group.mode() == Group.Mode.RELAY ? "circle" : "open")
                : seat.map(s -> s.state() == Seat.State.INVITED).orElse(false) ? "invited" : "starting";
        List<Part> parts = new ArrayList<>();
        parts.add(new Part.Text(say.text("groups.menu.group", "topic", topics.name(say, group.topic()),
                "state", say.text("groups.menu.state." + state))));
        if (seat.map(s -> s.state() == Seat.State.ACCEPTED).orElse(false)) {
            List<Part.Button> buttons = new ArrayList<>();
            String id = group.id().value();
            if (group.isOpen()) {
                buttons.add(turn.button("groups.menu.report", Reports.START, id, validity(turn)));
                if (severalCircles && group.mode() == Group.Mode.RELAY) {
                    buttons.add(turn.button("groups.menu.talk-here", RelayCircle.TALK, id, validity(turn)));
                }
            }
            buttons.add(turn.button("groups.menu.leave", Endings.LEAVE, id, validity(turn)));
            parts.add(new Part.Buttons(buttons));
        }
        return parts;
    }

    void join(Turn turn, String topic) {
        if (!topics.offers(topic)) {
            turn.replyText("groups.join.unknown-topic", "topic", topic);
            return;
        }
        TopicKey key = new TopicKey(turn.sender().platform(), turn.sender().community(), topic);
        Say say = turn.say();
        if (!kit.waitlists().join(key, turn.member(), turn.now())) {
            turn.replyText("groups.join.already", "topic", topics.name(say, key));
            return;
        }
        kit.changes().mark(key);
        List<Part> parts = new ArrayList<>();
        parts.add(new Part.Text(say.text("groups.join.joined", "topic", topics.name(say, key))));
        WaitlistNotes.on(turn, kit).forEach(note -> parts.add(new Part.Text(note)));
        parts.add(new Part.Buttons(List.of(turn.button("groups.menu.leave-waitlist", UNWAIT, topic, validity(turn)))));
        turn.reply(parts);
    }

    void unwait(Turn turn, String topic) {
        TopicKey key = new TopicKey(turn.sender().platform(), turn.sender().community(), topic);
        if (kit.waitlists().leave(key, turn.member())) {
            turn.replyText("groups.join.left", "topic", topics.name(turn.say(), key));
        } else {
            turn.replyText("groups.join.not-waiting");
        }
    }

    void facilitator(Turn turn) {
        boolean volunteers = kit.members().get(turn.member()).facilitator();
        Say say = turn.say();
        turn.reply(new Part.Text(say.text("groups.facilitator.guidance")), new Part.Buttons(List.of(volunteers
                ? turn.button("groups.facilitator.step-down", STEP_DOWN, "", validity(turn))
                : turn.button("groups.facilitator.volunteer", VOLUNTEER, "", validity(turn)))));
    }

    void volunteer(Turn turn, boolean volunteers) {
        kit.members().update(turn.member(), m -> m.withFacilitator(volunteers));
        turn.replyText(volunteers ? "groups.facilitator.thanks" : "groups.facilitator.stepped-down");
    }

    private static boolean isHere(Turn turn, TopicKey topic) {
        return topic.platform() == turn.sender().platform() && topic.community().equals(turn.sender().community());
    }

    private static java.time.Duration validity(Turn turn) {
        return turn.services().settings().promptValidity();
    }
}
