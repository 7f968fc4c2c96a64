package app.kindred.core.groups;

import app.kindred.core.contract.Message;
import app.kindred.core.contract.Part;
import app.kindred.core.conversation.Turn;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A relay circle: where the platform cannot make a group, each member writes to Kindred in their own
 * chat and Kindred passes the message to the others under the name they chose. The text is relayed
 * and forgotten, never stored, and never echoed back to the writer. The crisis screen runs before this
 * listener and stops a crisis message; as a second lock, a turn the screen marked as crisis is held back.
 */
final class RelayCircle {

    static final String TALK = "gr.talk";
    private static final int NAME_LIMIT = 24;

    private final GroupKit kit;
    private final Reach reach;
    private final Topics topics;
    private final Predicate<Turn> heldBack;

    /**
     * @param heldBack true for a turn that must never be relayed (the crisis screen's verdict)
     */
    RelayCircle(GroupKit kit, Reach reach, Topics topics, Predicate<Turn> heldBack) {
        this.kit = kit;
        this.reach = reach;
        this.topics = topics;
        this.heldBack = heldBack;
    }

    /** Relays the member's direct message to their circle; false when they are in no open circle. */
    boolean relay(Turn turn, String text) {
        if (turn.place().isSpace() || text.isBlank()) {
            return false;
        }
        Optional<Group> circle = circleOf(turn);
        if (circle.isEmpty()) {
            return false;
        }
        if (heldBack.test(turn)) {
            return true;
        }
        Group group = circle.get();
        Seat writer = group.seatOf(turn.member()).orElseThrow();
        for (Seat seat : group.accepted()) {
            if (seat.slot() == writer.slot()) {
                continue;
            }
            reach.message(seat.member(), Message.Urgency.REPLY, "", say -> List.of(new Part.Text(say.text(
                    "groups.relay.message", "name", writer.name(), "topic", topics.name(say, group.topic()),
                    "text", text)))).ifPresent(turn::send);
        }
        return true;
    }

    /** The open relay circle the member talks in: the one they chose, else the newest they are in. */
    private Optional<Group> circleOf(Turn turn) {
        GroupMember record = kit.members().find(turn.member()).orElse(null);
        if (record == null || record.active().isEmpty()) {
            return Optional.empty();
        }
        Optional<Group> chosen = record.talkingInCircle().flatMap(kit.records()::find).filter(g -> isCircleOf(g, turn));
        if (chosen.isPresent()) {
            return chosen;
        }
        for (int i = record.active().size() - 1; i >= 0; i--) {
            Optional<Group> group = kit.records().find(record.active().get(i)).filter(g -> isCircleOf(g, turn));
            if (group.isPresent()) {
                GroupId id = group.get().id();
                kit.members().update(turn.member(), m -> m.talkingIn(id));
                return group;
            }
        }
        return Optional.empty();
    }

    private static boolean isCircleOf(Group group, Turn turn) {
        return group.isOpen() && group.mode() == Group.Mode.RELAY
                && group.seatOf(turn.member()).map(s -> s.state() == Seat.State.ACCEPTED).orElse(false);
    }

    /** Makes the member's messages go to this circle from now on. */
    void talkIn(Turn turn, String value) {
        Optional<Group> group = Opening.groupIdOf(value).flatMap(kit.records()::find).filter(g -> isCircleOf(g, turn));
        if (group.isEmpty()) {
            turn.replyText("groups.leave.not-in-it");
            return;
        }
        kit.members().update(turn.member(), m -> m.talkingIn(group.get().id()));
        turn.replyText("groups.relay.talking-in", "topic", topics.name(turn.say(), group.get().topic()));
    }

    /** {@code /groups name Sam}: the name the others see, in future circles and the ones the member is in. */
    void rename(Turn turn, String wanted) {
        String name = wanted.strip().replaceAll("\\s+", " ");
        if (name.isEmpty() || name.length() > NAME_LIMIT || !name.matches("[\\p{L}\\p{M}\\p{N} .'-]+")) {
            turn.replyText("groups.name.usage", "limit", NAME_LIMIT);
            return;
        }
        GroupMember record = kit.members().update(turn.member(), m -> m.withChosenName(name));
        for (GroupId id : record.active()) {
            kit.records().update(id, group -> group.seatOf(turn.member())
                    .filter(s -> s.state() == Seat.State.ACCEPTED)
                    .map(s -> group.edit().seat(s.accepted(name)).done())
                    .orElse(group));
        }
        turn.replyText("groups.name.set", "name", name);
    }
}
