package app.kindred.core.groups;

import app.kindred.core.member.MemberId;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A peer group (or a buddy pair) from invitation to its end. Ended or failed groups are deleted; what
 * members need to remember (who met whom) lives in their {@link GroupMember} records.
 *
 * @param language          the language the group shares
 * @param invitationExpires when unanswered invitations lapse
 * @param openingGivesUpAt  while opening a space: when Kindred stops waiting and relays instead
 * @param openedAt          when the group started meeting, or null
 * @param spaceId           the platform's id of the group's private space, or empty (relay circle)
 * @param nextTipAt         when the next listening tip is due, or null
 * @param tipsShown         how many tips the group has had, so tips rotate
 * @param checkBackAt       for buddies: when Kindred asks whether they talked, or null
 * @param endsAt            when the group ends, or null before it opens
 * @param reviewAt          when the clock should look at the group again out of turn (after a forget), or null
 * @param version           bumped on each change, so stores can refuse a lost update
 */
public record Group(GroupId id, TopicKey topic, String language, State state, Mode mode, List<Seat> seats,
                    Instant formedAt, Instant invitationExpires, Instant openingGivesUpAt, Instant openedAt,
                    String spaceId, Instant nextTipAt, int tipsShown, Instant checkBackAt, Instant endsAt,
                    Instant reviewAt, long version) {

    /** Where a group is in its life. Failed and ended groups are deleted rather than kept. */
    public enum State { INVITING, OPENING, OPEN }

    /** How the group meets: in a private space on the platform, or through Kindred as a relay circle. */
    public enum Mode { SPACE, RELAY }

    public Group {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(formedAt, "formedAt");
        Objects.requireNonNull(invitationExpires, "invitationExpires");
        seats = List.copyOf(seats);
        spaceId = spaceId == null ? "" : spaceId;
    }

    /** A group just formed by the matcher: everyone invited. */
    public static Group invite(GroupId id, TopicKey topic, String language, Mode mode, List<Seat> seats,
                               Instant now, Instant expires) {
        return new Group(id, topic, language, State.INVITING, mode, seats, now, expires, null, null, "", null, 0,
                null, null, null, 0);
    }

    public boolean isBuddy() {
        return topic.isBuddy();
    }

    public Optional<Seat> seatOf(MemberId member) {
        return seats.stream().filter(s -> s.member().equals(member)).findFirst();
    }

    public Optional<Seat> seat(int slot) {
        return seats.stream().filter(s -> s.slot() == slot).findFirst();
    }

    public Stream<Seat> seatsIn(Seat.State state) {
        return seats.stream().filter(s -> s.state() == state);
    }

    public long count(Seat.State state) {
        return seatsIn(state).count();
    }

    /** Members who said yes and have not left. */
    public List<Seat> accepted() {
        return seatsIn(Seat.State.ACCEPTED).toList();
    }

    public boolean isOpen() {
        return state == State.OPEN;
    }

    /** The next moment the clock must look at this group, or empty when nothing is scheduled. */
    public Optional<Instant> deadline() {
        Instant due = reviewAt;
        if (state == State.INVITING || count(Seat.State.INVITED) > 0) {
            due = earlier(due, invitationExpires);
        }
        if (state == State.OPENING) {
            due = earlier(due, openingGivesUpAt);
        }
        if (state == State.OPEN) {
            due = earlier(earlier(earlier(due, nextTipAt), checkBackAt), endsAt);
        }
        return Optional.ofNullable(due);
    }

    private static Instant earlier(Instant a, Instant b) {
        return a == null ? b : b == null || a.isBefore(b) ? a : b;
    }

    public Edit edit() {
        return new Edit(this);
    }

    /** A changed copy of a group, field by field; {@link #done()} bumps the version. */
    public static final class Edit {
        private final Group from;
        private State state;
        private Mode mode;
        private final List<Seat> seats;
        private Instant openingGivesUpAt;
        private Instant openedAt;
        private String spaceId;
        private Instant nextTipAt;
        private int tipsShown;
        private Instant checkBackAt;
        private Instant endsAt;
        private Instant reviewAt;

        private Edit(Group g) {
            from = g;
            state = g.state;
            mode = g.mode;
            seats = new ArrayList<>(g.seats);
            openingGivesUpAt = g.openingGivesUpAt;
            openedAt = g.openedAt;
            spaceId = g.spaceId;
            nextTipAt = g.nextTipAt;
            tipsShown = g.tipsShown;
            checkBackAt = g.checkBackAt;
            endsAt = g.endsAt;
            reviewAt = g.reviewAt;
        }

        public Edit state(State value) {
            state = value;
            return this;
        }

        public Edit mode(Mode value) {
            mode = value;
            return this;
        }

        public Edit seat(Seat changed) {
            for (int i = 0; i < seats.size(); i++) {
                if (seats.get(i).slot() == changed.slot()) {
                    seats.set(i, changed);
                    return this;
                }
            }
            throw new IllegalArgumentException("no seat " + changed.slot());
        }

        public Edit openingGivesUpAt(Instant value) {
            openingGivesUpAt = value;
            return this;
        }

        public Edit openedAt(Instant value) {
            openedAt = value;
            return this;
        }

        public Edit spaceId(String value) {
            spaceId = value;
            return this;
        }

        public Edit nextTipAt(Instant value) {
            nextTipAt = value;
            return this;
        }

        public Edit tipsShown(int value) {
            tipsShown = value;
            return this;
        }

        public Edit checkBackAt(Instant value) {
            checkBackAt = value;
            return this;
        }

        public Edit endsAt(Instant value) {
            endsAt = value;
            return this;
        }

        public Edit reviewAt(Instant value) {
            reviewAt = value;
            return this;
        }

        public Group done() {
            return new Group(from.id, from.topic, from.language, state, mode, seats, from.formedAt,
                    from.invitationExpires, openingGivesUpAt, openedAt, spaceId, nextTipAt, tipsShown, checkBackAt,
                    endsAt, reviewAt, from.version + 1);
        }
    }
}
