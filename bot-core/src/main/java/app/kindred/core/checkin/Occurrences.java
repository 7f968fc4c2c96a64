package app.kindred.core.checkin;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;

/**
 * When a schedule fires, correct across daylight-saving changes: a local time that does not exist that
 * day (the spring-forward gap) fires at the first instant after the gap, and a local time that happens
 * twice (the autumn overlap) fires once, at its first occurrence.
 */
public final class Occurrences {

    private Occurrences() {
    }

    /** The first occurrence strictly after {@code after}. */
    public static Instant next(CheckinSchedule schedule, ZoneId zone, Instant after) {
        LocalDate day = after.atZone(zone).toLocalDate();
        // Eight days always reach the next chosen weekday, whatever the offsets do.
        for (int i = 0; i <= 8; i++, day = day.plusDays(1)) {
            if (schedule.days().contains(day.getDayOfWeek())) {
                Instant candidate = at(day, schedule, zone);
                if (candidate.isAfter(after)) {
                    return candidate;
                }
            }
        }
        throw new IllegalStateException("a schedule with days always has a next occurrence");
    }

    /** Whether {@code instant} is an occurrence of the schedule in that zone (the zone may have changed). */
    public static boolean isOccurrence(CheckinSchedule schedule, ZoneId zone, Instant instant) {
        return next(schedule, zone, instant.minusSeconds(1)).equals(instant);
    }

    /** The instant a schedule fires on one local day. */
    static Instant at(LocalDate day, CheckinSchedule schedule, ZoneId zone) {
        LocalDateTime local = day.atTime(schedule.at());
        ZoneOffsetTransition transition = zone.getRules().getTransition(local);
        if (transition != null && transition.isGap()) {
            return transition.getInstant();
        }
        // Outside a gap, ZonedDateTime takes the earlier offset in an overlap: the repeated hour fires once.
        return ZonedDateTime.of(local, zone).toInstant();
    }
}
