package app.kindred.core.groups;

import app.kindred.core.member.MemberId;

import java.util.Objects;

/**
 * One member's place in a group.
 *
 * @param slot        the seat's number within the group, used in button values instead of member ids
 * @param name        the first name or nickname the others see; empty until the member accepts
 * @param facilitator whether the member volunteered as this group's facilitator
 */
public record Seat(MemberId member, int slot, State state, String name, boolean facilitator) {

    /** Stands in for a forgotten member's id; real ids are 22 characters of base64 and never start so. */
    private static final String FORGOTTEN = "forgotten-";

    /** Where the member is with this group. */
    public enum State {
        INVITED, ACCEPTED, DECLINED, EXPIRED, WITHDRAWN, LEFT;

        /** Still part of the group or its invitation. */
        public boolean isActive() {
            return this == INVITED || this == ACCEPTED;
        }
    }

    public Seat {
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(state, "state");
        name = name == null ? "" : name;
        if (slot < 0 || slot > 9) {
            throw new IllegalArgumentException("a group has at most ten seats");
        }
    }

    public Seat withState(State newState) {
        return new Seat(member, slot, newState, name, facilitator);
    }

    public Seat accepted(String chosenName) {
        return new Seat(member, slot, State.ACCEPTED, chosenName, facilitator);
    }

    /**
     * Forgetting a member leaves an empty seat with neither their id nor their name, so slot numbers
     * stay stable and nothing of them is left in the group.
     */
    public Seat forgotten() {
        return new Seat(new MemberId(FORGOTTEN + slot), slot, State.LEFT, "", false);
    }

    public boolean isForgotten() {
        return member.value().startsWith(FORGOTTEN);
    }
}
