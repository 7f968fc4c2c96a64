package app.kindred.core.checkin;

import app.kindred.core.member.MemberId;

import java.time.Instant;
import java.util.Objects;

/**
 * A check-in waiting to be sent: the member's next scheduled occurrence, or a snoozed one coming back.
 *
 * @param kind       regular or snoozed; a member has at most one pending of each kind
 * @param fireAt     when to send it
 * @param occurrence the minute of the occurrence it belongs to (for a snooze, the one that was snoozed);
 *                   answers and delivery keys are per occurrence
 */
public record DueCheckin(MemberId member, Kind kind, Instant fireAt, long occurrence) {

    /** The two kinds of pending check-in. */
    public enum Kind {
        REGULAR('r'),
        SNOOZED('s');

        private final char code;

        Kind(char code) {
            this.code = code;
        }

        public char code() {
            return code;
        }

        public static Kind ofCode(char code) {
            return code == 'r' ? REGULAR : SNOOZED;
        }
    }

    public DueCheckin {
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(fireAt, "fireAt");
        fireAt = Instant.ofEpochSecond(fireAt.getEpochSecond());
    }

    public static DueCheckin regular(MemberId member, Instant at) {
        return new DueCheckin(member, Kind.REGULAR, at, at.getEpochSecond() / 60);
    }

    public static DueCheckin snoozed(MemberId member, Instant fireAt, long occurrence) {
        return new DueCheckin(member, Kind.SNOOZED, fireAt, occurrence);
    }

    /** The occurrence as an instant. */
    public Instant occurrenceAt() {
        return Instant.ofEpochSecond(occurrence * 60);
    }
}
