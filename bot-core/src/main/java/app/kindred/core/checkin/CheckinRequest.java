package app.kindred.core.checkin;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Set;

/** What a member asked for with the check-in command, once their words are understood. */
sealed interface CheckinRequest {

    /** Check in right now. */
    record Now() implements CheckinRequest {
    }

    /** Show the schedule. */
    record Show() implements CheckinRequest {
    }

    /** Stop scheduled check-ins. */
    record Off() implements CheckinRequest {
    }

    /** Set the time zone; the value is what they typed, not yet checked. */
    record Zone(String zone) implements CheckinRequest {
    }

    /** Change the time, the days, or both; a null field stays as it was. */
    record Change(LocalTime time, Set<DayOfWeek> days) implements CheckinRequest {
    }

    /**
     * Nothing Kindred understood: the member gets the usage.
     *
     * @param word the first word that is neither a time nor days, as normalised; empty when no one word is to blame
     */
    record Unclear(String word) implements CheckinRequest {

        Unclear() {
            this("");
        }
    }
}
