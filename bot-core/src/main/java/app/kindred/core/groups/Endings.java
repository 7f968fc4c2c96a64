package app.kindred.core.groups;

import app.kindred.core.contract.Address;
import app.kindred.core.contract.Message;
import app.kindred.core.contract.Outbound;
import app.kindred.core.contract.Part;
import app.kindred.core.conversation.Turn;
import app.kindred.core.prompts.Say;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Leaving a group, and a group's end: at its planned end, or when too few are left to talk. Everyone
 * whose group ends gets a cool-down before the next invitation, so supporters rest too.
 */
final class Endings {

    static final String LEAVE = "gr.leave";
    static final String AVOID = "gr.avoid";

    private final GroupKit kit;
    private final Reach reach;
    private final Topics topics;
    private final Invitations invitations;

    Endings(GroupKit kit, Reach reach, Topics topics, Invitations invitations) {
        this.kit = kit;
        this.reach = reach;
        this.topics = topics;
        this.invitations = invitations;
    }

    /** The member leaves: one press. The others in a relay circle hear that they left, nothing more. */
    void leave(Turn turn, String value) {
        Optional<GroupId> id = Opening.groupIdOf(value);
        Seat[] leaving = {null};
        Optional<Group> after = id.flatMap(gid -> kit.records().update(gid, group -> {
            leaving[0] = group.seatOf(turn.member()).filter(s -> s.state() == Seat.State.ACCEPTED).orElse(null);
            return leaving[0] == null ? group : group.edit().seat(leaving[0].withState(Seat.State.LEFT)).done();
        }));
        if (leaving[0] == null || after.isEmpty()) {
            turn.replyText("groups.leave.not-in-it");
            return;
        }
        Group group = after.get();
        Instant now = turn.now();
        kit.members().update(turn.member(), m -> m.leftGroup(group.id()).coolingDownUntil(now.plus(kit.settings().coolDown())));
        Say say = turn.say();
        List<Part> reply = new ArrayList<>();
        reply.add(new Part.Text(say.text(Opening.prefix(group) + ".leave.done", "topic", topics.name(say, group.topic()))));
        if (group.mode() == Group.Mode.SPACE && group.isOpen()) {
            reply.add(new Part.Text(say.text("groups.leave.space-note")));
        }
        avoidChoice(turn, group).ifPresent(reply::addAll);
        turn.reply(reply);
        boolean endsNow = group.isOpen() && group.accepted().size() < 2;
        if (group.isOpen() && group.mode() == Group.Mode.RELAY && !endsNow) {
            for (Seat seat : group.accepted()) {
                reach.message(seat.member(), Message.Urgency.REPLY, "", s -> List.of(new Part.Text(s.text(
                        Opening.prefix(group) + ".leave.they-left", "name", leaving[0].name(),
                        "topic", topics.name(s, group.topic()))))).ifPresent(turn::send);
            }
        }
        tooFewLeft(group, now).forEach(turn::send);
    }

    /**
     * The member chose someone they met in a group to never be grouped with again. The choice names a
     * position among the people they met there, so it still works after the group has ended. The other
     * person is not told.
     */
    void avoid(Turn turn, String value) {
        String[] fields = value.split("-", 2);
        Optional<GroupId> group = fields.length == 2 ? Opening.groupIdOf(fields[0]) : Optional.empty();
        Optional<Integer> position = fields.length == 2 ? parseSlot(fields[1]) : Optional.empty();
        Optional<app.kindred.core.member.MemberId> other = group
                .flatMap(g -> kit.members().get(turn.member()).pastGroup(g))
                .map(GroupMember.PastGroup::othersInOrder)
                .flatMap(met -> position.filter(i -> i < met.size()).map(met::get));
        if (other.isEmpty()) {
            turn.replyText("groups.leave.avoid-gone");
            return;
        }
        kit.members().update(turn.member(), m -> m.avoiding(other.get()));
        turn.replyText("groups.leave.avoided");
    }

    /** Ends a group that is over or too small; returns what to send. */
    List<Outbound> end(GroupId id, Instant now, boolean planned) {
        Optional<Group> found = kit.records().find(id);
        if (found.isEmpty()) {
            return List.of();
        }
        Group group = found.get();
        kit.records().delete(id);
        String key = Opening.prefix(group) + (planned ? ".ended.planned" : ".ended.too-few");
        List<Outbound> out = new ArrayList<>();
        for (Seat seat : group.accepted()) {
            kit.members().update(seat.member(), m -> m.leftGroup(id).coolingDownUntil(now.plus(kit.settings().coolDown())));
            if (group.mode() == Group.Mode.RELAY) {
                reach.message(seat.member(), Message.Urgency.SCHEDULED, "", say -> List.of(new Part.Text(
                        say.text(key, "topic", topics.name(say, group.topic()))))).ifPresent(out::add);
            }
        }
        if (group.mode() == Group.Mode.SPACE && !group.spaceId().isEmpty()) {
            Say say = reach.say(group.language());
            out.add(new Message(new Address.Space(group.topic().platform(), group.topic().community(), group.spaceId()),
                    List.of(new Part.Text(say.text(key, "topic", topics.name(say, group.topic())))),
                    Message.Urgency.SCHEDULED, ""));
        }
        return out;
    }

    /** After someone left or was forgotten: an open group of one ends, an invitation too small is called off. */
    List<Outbound> tooFewLeft(Group group, Instant now) {
        if (group.isOpen() && group.accepted().size() < 2) {
            return end(group.id(), now, false);
        }
        if (group.state() == Group.State.INVITING) {
            return invitations.failIfTooFew(group.id(), now);
        }
        return List.of();
    }

    /** Offers the people the member met in this group, for "don't group me with them again". */
    Optional<List<Part>> avoidChoice(Turn turn, Group group) {
        Optional<GroupMember.PastGroup> met = kit.members().get(turn.member()).pastGroup(group.id());
        if (met.isEmpty()) {
            return Optional.empty();
        }
        List<app.kindred.core.member.MemberId> order = met.get().othersInOrder();
        List<Part.Option> options = new ArrayList<>();
        for (Seat seat : group.seats()) {
            int position = order.indexOf(seat.member());
            if (position >= 0 && !seat.name().isEmpty()) {
                options.add(new Part.Option(seat.name(), turn.payload(AVOID, group.id().value() + "-" + position,
                        java.time.Duration.ofDays(30))));
            }
        }
        if (options.isEmpty()) {
            return Optional.empty();
        }
        Say say = turn.say();
        return Optional.of(List.of(new Part.Text(say.text("groups.leave.avoid-offer")),
                new Part.Choice(say.text("groups.leave.avoid-choose"), options)));
    }

    static Optional<Integer> parseSlot(String text) {
        return text.matches("[0-9]") ? Optional.of(Integer.parseInt(text)) : Optional.empty();
    }
}
