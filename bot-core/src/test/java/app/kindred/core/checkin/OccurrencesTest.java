package app.kindred.core.checkin;

import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class OccurrencesTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId SYDNEY = ZoneId.of("Australia/Sydney");

    @Test
    void the_next_occurrence_is_strictly_after_the_given_instant() {
        CheckinSchedule nine = CheckinSchedule.daily(LocalTime.of(9, 0));
        Instant today = Instant.parse("2026-03-02T08:00:00Z");   // 09:00 in Berlin

        assertThat(Occurrences.next(nine, BERLIN, today.minusSeconds(1))).isEqualTo(today);
        assertThat(Occurrences.next(nine, BERLIN, today)).isEqualTo(Instant.parse("2026-03-03T08:00:00Z"));
    }

    @Test
    void a_weekly_schedule_waits_for_its_day() {
        CheckinSchedule fridays = new CheckinSchedule(LocalTime.of(17, 0), Set.of(DayOfWeek.FRIDAY));
        assertThat(Occurrences.next(fridays, BERLIN, Instant.parse("2026-03-06T16:00:00Z")))
                .isEqualTo(Instant.parse("2026-03-13T16:00:00Z"));
    }

    @Test
    void a_time_in_the_gap_fires_when_the_gap_ends_and_an_overlapped_time_fires_once() {
        CheckinSchedule half = CheckinSchedule.daily(LocalTime.of(2, 30));
        assertThat(Occurrences.next(half, BERLIN, Instant.parse("2026-03-28T12:00:00Z")))
                .isEqualTo(Instant.parse("2026-03-29T01:00:00Z"));
        Instant first = Occurrences.next(half, BERLIN, Instant.parse("2026-10-24T12:00:00Z"));
        assertThat(first).isEqualTo(Instant.parse("2026-10-25T00:30:00Z"));
        assertThat(Occurrences.next(half, BERLIN, first)).isEqualTo(Instant.parse("2026-10-26T01:30:00Z"));
    }

    @Test
    void the_southern_hemisphere_changes_the_other_way() {
        // Sydney leaves daylight saving on Sunday 5 April 2026: 02:30 happens twice, and is asked once.
        CheckinSchedule half = CheckinSchedule.daily(LocalTime.of(2, 30));
        Instant first = Occurrences.next(half, SYDNEY, Instant.parse("2026-04-04T12:00:00Z"));
        assertThat(first).isEqualTo(Instant.parse("2026-04-04T15:30:00Z"));
        assertThat(Occurrences.next(half, SYDNEY, first)).isEqualTo(Instant.parse("2026-04-05T16:30:00Z"));
    }

    @Test
    void an_instant_from_another_zone_is_no_occurrence() {
        CheckinSchedule nine = CheckinSchedule.daily(LocalTime.of(9, 0));
        assertThat(Occurrences.isOccurrence(nine, BERLIN, Instant.parse("2026-03-02T08:00:00Z"))).isTrue();
        assertThat(Occurrences.isOccurrence(nine, ZoneId.of("Asia/Tokyo"), Instant.parse("2026-03-02T08:00:00Z"))).isFalse();
    }

    @Test
    void a_schedule_fits_in_one_int() {
        CheckinSchedule schedule = new CheckinSchedule(LocalTime.of(23, 59), Set.of(DayOfWeek.MONDAY, DayOfWeek.SUNDAY));
        assertThat(CheckinSchedule.decode(schedule.encode())).isEqualTo(schedule);
    }
}
