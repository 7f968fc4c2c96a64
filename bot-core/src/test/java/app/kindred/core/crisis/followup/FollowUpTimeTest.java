package app.kindred.core.crisis.followup;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/** "Check in with me tomorrow" means the member's next morning after a night's sleep, in their own zone. */
class FollowUpTimeTest {

    @ParameterizedTest(name = "pressed {0} in {1}: followed up {2}")
    @CsvSource({
            // late at night: that same morning, after a night's sleep
            "2026-06-10T01:30:00Z, UTC,              2026-06-10T10:00:00Z",
            // in the morning: the next morning, not an hour later
            "2026-06-10T09:00:00Z, UTC,              2026-06-11T10:00:00Z",
            // in the evening: the next morning
            "2026-06-10T21:00:00Z, UTC,              2026-06-11T10:00:00Z",
            // the member's own zone: 23:00 in Tokyo is 14:00 UTC; ten in Tokyo is 01:00 UTC
            "2026-06-10T14:00:00Z, Asia/Tokyo,       2026-06-11T01:00:00Z",
            // the night the clocks go forward in Berlin: still ten o'clock local, now CEST
            "2026-03-28T20:00:00Z, Europe/Berlin,    2026-03-29T08:00:00Z",
            // the night they go back: ten o'clock CET
            "2026-10-24T20:00:00Z, Europe/Berlin,    2026-10-25T09:00:00Z",
    })
    void tomorrow_is_ten_in_the_members_morning_at_least_eight_hours_later(Instant pressed, String zone, Instant expected) {
        Instant due = FollowUp.dueAfter(pressed, ZoneId.of(zone));

        assertThat(due).isEqualTo(expected);
        assertThat(due).isAfterOrEqualTo(pressed.plusSeconds(8 * 3600));
    }
}
