package app.kindred.core.groups;

import app.kindred.core.contract.Message;
import app.kindred.core.contract.Outbound;
import app.kindred.core.contract.Part;
import app.kindred.core.conversation.Turn;
import app.kindred.core.member.MemberId;
import app.kindred.core.prompts.Say;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Invitations to a newly formed group: sent with Accept / Decline buttons signed for the one invitee,
 * answered, or left to expire. Declines and expiries that leave too few return the others to the
 * front of the waitlist.
 */
final class Invitations {

    static final String ACCEPT = "gr.accept";
    static final String DECLINE = "gr.decline";
    private static final int NAME_LIMIT = 24;
    private static final int WORDS_KEPT = 500;

    private final Map<String, Words> wordCache = new java.util.concurrent.ConcurrentHashMap<>();

    private final GroupKit kit;
    private final Reach reach;
    private final Topics topics;
    private final Opening opening;
    private final MatchingJob matching;

    Invitations(GroupKit kit, Reach reach, Topics topics, Opening opening, MatchingJob matching) {
        this.kit = kit;
        this.reach = reach;
        this.topics = topics;
        this.opening = opening;
        this.matching = matching;
    }

    /** Creates the group the matcher formed and invites everyone in it. */
    List<Outbound> invite(TopicKey topic, List<Candidate> chosen, Instant now) {
        Instant expires = now.plus(kit.settings().invitationValidity());
        Group.Mode mode = kit.settings().spaces().canOpenSpace(topic.platform()) ? Group.Mode.SPACE : Group.Mode.RELAY;
        List<Seat> seats = new ArrayList<>(chosen.size());
        for (int slot = 0; slot < chosen.size(); slot++) {
            Candidate candidate = chosen.get(slot);
            seats.add(new Seat(candidate.member(), slot, Seat.State.INVITED, "", candidate.facilitator()));
        }
        Group group;
        do {
            group = Group.invite(GroupId.random(), topic, chosen.get(0).language(), mode, seats, now, expires);
        } while (!kit.records().create(group));
        List<Outbound> out = new ArrayList<>(chosen.size());
        for (Seat seat : seats) {
            Group created = group;
            Candidate candidate = chosen.get(seat.slot());
            kit.members().update(seat.member(), m -> m.joined(created.id()));
            Optional<Reach.Reachable> invitee = candidate.profile() != null
                    ? reach.member(candidate.profile()) : reach.member(seat.member());
            invitee.ifPresent(r -> {
                Words words = wordsFor(created, r.say());
                out.add(new Message(r.address(), words.invitation(seat, sign(ACCEPT, created, seat.member()),
                        sign(DECLINE, created, seat.member())), Message.Urgency.SCHEDULED,
                        "gi:" + created.id() + ":" + seat.slot()));
            });
        }
        return out;
    }

    /** An invitation's words in one language, the same for everyone in the group; only the buttons differ. */
    private record Words(List<Part> about, Part facilitator, Part answerBy, String accept, String decline) {

        List<Part> invitation(Seat seat, String acceptPayload, String declinePayload) {
            List<Part> parts = new ArrayList<>(about);
            if (seat.facilitator()) {
                parts.add(facilitator);
            }
            parts.add(answerBy);
            parts.add(new Part.Buttons(List.of(new Part.Button(accept, acceptPayload, Part.Style.PRIMARY),
                    Part.Button.of(decline, declinePayload))));
            return parts;
        }
    }

    /** Invitations read alike across groups of one topic, size and language: their words are made once. */
    private Words wordsFor(Group group, Say say) {
        String key = group.topic().topic() + '/' + group.mode() + '/' + group.seats().size() + '/' + say.language();
        if (wordCache.size() > WORDS_KEPT) {
            wordCache.clear();
        }
        return wordCache.computeIfAbsent(key, k -> words(group, say));
    }

    private Words words(Group group, Say say) {
        String p = Opening.prefix(group);
        long hours = Math.max(1, Duration.between(group.formedAt(), group.invitationExpires()).toHours());
        return new Words(List.of(
                new Part.Text(say.text(p + ".invite.text", "topic", topics.name(say, group.topic()),
                        "others", group.seats().size() - 1)),
                new Part.Text(say.text(group.mode() == Group.Mode.RELAY ? p + ".invite.relay-how" : p + ".invite.space-how"))),
                new Part.Text(say.text("groups.invite.facilitator")),
                new Part.Text(say.text("groups.invite.answer-by", "hours", hours)),
                say.text("groups.invite.accept"), say.text("groups.invite.decline"));
    }

    /** Buttons only the invitee can press, valid exactly as long as the invitation. */
    private String sign(String action, Group group, MemberId invitee) {
        return kit.services().buttons().sign(action, group.id().value(), invitee, group.invitationExpires());
    }

    void accept(Turn turn, String value) {
        Optional<GroupId> id = Opening.groupIdOf(value);
        String chosen = chosenName(turn);
        boolean[] accepted = {false};
        Optional<Group> after = id.flatMap(gid -> kit.records().update(gid, group -> {
            Optional<Seat> seat = group.seatOf(turn.member());
            accepted[0] = seat.isPresent() && seat.get().state() == Seat.State.INVITED;
            if (!accepted[0]) {
                return group;
            }
            String name = chosen.isEmpty()
                    ? reach.say(group.language()).text("groups.default-name", "number", seat.get().slot() + 1)
                    : chosen;
            return group.edit().seat(seat.get().accepted(name)).done();
        }));
        Optional<Seat> seat = after.flatMap(g -> g.seatOf(turn.member()));
        if (!accepted[0]) {
            boolean already = seat.map(s -> s.state() == Seat.State.ACCEPTED).orElse(false);
            turn.replyText(already ? "groups.invite.already-answered" : "groups.invite.no-longer");
            return;
        }
        Group group = after.get();
        if (group.isOpen()) {
            opening.lateJoin(group, seat.get(), turn.now()).forEach(turn::send);
            return;
        }
        List<Outbound> opened = opening.openIfReady(group.id(), turn.now());
        if (opened.isEmpty()) {
            turn.replyText("groups.invite.accepted");
            if (group.mode() == Group.Mode.RELAY) {
                turn.replyText("groups.invite.your-name", "name", seat.get().name());
            }
        }
        opened.forEach(turn::send);
    }

    void decline(Turn turn, String value) {
        Optional<GroupId> id = Opening.groupIdOf(value);
        boolean[] declined = {false};
        Optional<Group> after = id.flatMap(gid -> kit.records().update(gid, group -> {
            Optional<Seat> seat = group.seatOf(turn.member());
            declined[0] = seat.isPresent() && seat.get().state() == Seat.State.INVITED;
            return declined[0] ? group.edit().seat(seat.get().withState(Seat.State.DECLINED)).done() : group;
        }));
        if (!declined[0]) {
            boolean already = after.flatMap(g -> g.seatOf(turn.member())).map(s -> s.state() == Seat.State.ACCEPTED)
                    .orElse(false);
            turn.replyText(already ? "groups.invite.already-answered" : "groups.invite.no-longer");
            return;
        }
        Group group = after.get();
        kit.members().update(turn.member(), m -> m.leftGroup(group.id()));
        turn.replyText(Opening.prefix(group) + ".invite.declined");
        failIfTooFew(group.id(), turn.now()).forEach(turn::send);
    }

    /** Unanswered invitations lapse; a group that cannot open returns the ones who accepted to the front. */
    List<Outbound> expire(Group due, Instant now) {
        if (due.invitationExpires().isAfter(now)) {
            return List.of();
        }
        List<Seat> lapsed = new ArrayList<>();
        Optional<Group> after = kit.records().update(due.id(), group -> {
            lapsed.clear();
            group.seatsIn(Seat.State.INVITED).forEach(lapsed::add);
            if (lapsed.isEmpty()) {
                return group;
            }
            Group.Edit edit = group.edit();
            lapsed.forEach(seat -> edit.seat(seat.withState(Seat.State.EXPIRED)));
            return edit.done();
        });
        if (after.isEmpty()) {
            return List.of();
        }
        Group group = after.get();
        List<Outbound> out = new ArrayList<>();
        for (Seat seat : lapsed) {
            kit.members().update(seat.member(), m -> m.leftGroup(group.id()));
            reach.message(seat.member(), Message.Urgency.SCHEDULED, "", say -> List.of(new Part.Text(
                    say.text(Opening.prefix(group) + ".invite.expired", "topic", topics.name(say, group.topic())))))
                    .ifPresent(out::add);
        }
        if (group.state() == Group.State.INVITING) {
            List<Outbound> opened = opening.openIfReady(group.id(), now);
            out.addAll(opened.isEmpty() ? failIfTooFew(group.id(), now) : opened);
        }
        return out;
    }

    /**
     * When those who accepted plus those yet to answer can no longer reach the minimum, the group is
     * called off: everyone still in it goes back to the front of the waitlist and is told so.
     */
    List<Outbound> failIfTooFew(GroupId id, Instant now) {
        List<Seat> returned = new ArrayList<>();
        Optional<Group> after = kit.records().update(id, group -> {
            returned.clear();
            long possible = group.count(Seat.State.ACCEPTED) + group.count(Seat.State.INVITED);
            if (group.state() != Group.State.INVITING || possible >= kit.settings().sizesFor(group.topic()).min()) {
                return group;
            }
            Group.Edit edit = group.edit();
            group.seats().stream().filter(s -> s.state().isActive()).forEach(seat -> {
                returned.add(seat);
                edit.seat(seat.withState(Seat.State.WITHDRAWN));
            });
            return edit.done();
        });
        if (after.isEmpty() || after.get().seats().stream().anyMatch(s -> s.state().isActive())) {
            return List.of();
        }
        Group group = after.get();
        kit.records().delete(group.id());
        List<Outbound> out = new ArrayList<>();
        kit.waitlists().returnToFront(group.topic(), returned.stream().map(Seat::member).toList(), group.formedAt());
        for (Seat seat : returned) {
            kit.members().update(seat.member(), m -> m.leftGroup(group.id()));
            reach.message(seat.member(), Message.Urgency.SCHEDULED, "", say -> List.of(new Part.Text(
                    say.text(Opening.prefix(group) + ".invite.fell-through", "topic", topics.name(say, group.topic())))))
                    .ifPresent(out::add);
        }
        matching.changed(group.topic());
        return out;
    }

    /** The name others see: the member's chosen name, else the first word of their platform name. */
    private String chosenName(Turn turn) {
        String chosen = kit.members().get(turn.member()).chosenName();
        if (!chosen.isBlank()) {
            return chosen;
        }
        // Direction overrides and other invisible characters in a platform name could turn round how the
        // others read a relayed line; they are not part of anyone's name.
        String display = turn.sender().displayName().replaceAll("[\\p{Cf}\\p{Cc}]", "").strip();
        String first = display.isEmpty() ? "" : display.split("\\s+", 2)[0];
        // Cut by code points, never through the middle of an emoji.
        return first.codePointCount(0, first.length()) > NAME_LIMIT
                ? first.substring(0, first.offsetByCodePoints(0, NAME_LIMIT)) : first;
    }
}
