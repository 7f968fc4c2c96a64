package app.kindred.core.store.contract;

import app.kindred.core.checkin.CheckinSchedule;
import app.kindred.core.member.MemberId;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** What every store promises about check-in schedules. */
public abstract class CheckinSchedulesContract extends StoreContract {

    @Test
    void schedules_read_back_with_their_time_and_days() {
        MemberId daily = newMember();
        MemberId weekdays = newMember();
        MemberId chosen = newMember();
        store.checkinSchedules().save(daily, CheckinSchedule.daily(LocalTime.of(0, 0)));
        store.checkinSchedules().save(weekdays, new CheckinSchedule(LocalTime.of(23, 59), CheckinSchedule.WEEKDAYS));
        store.checkinSchedules().save(chosen,
                new CheckinSchedule(LocalTime.of(8, 5), Set.of(DayOfWeek.MONDAY, DayOfWeek.SUNDAY)));

        assertThat(store.checkinSchedules().find(daily)).contains(CheckinSchedule.daily(LocalTime.MIDNIGHT));
        assertThat(store.checkinSchedules().find(weekdays).orElseThrow().isWeekdays()).isTrue();
        assertThat(store.checkinSchedules().find(weekdays).orElseThrow().at()).isEqualTo(LocalTime.of(23, 59));
        assertThat(store.checkinSchedules().find(chosen).orElseThrow().days())
                .containsExactlyInAnyOrder(DayOfWeek.MONDAY, DayOfWeek.SUNDAY);
    }

    @Test
    void a_new_schedule_replaces_the_old_and_delete_removes_it() {
        MemberId member = newMember();
        store.checkinSchedules().save(member, CheckinSchedule.daily(LocalTime.of(9, 0)));
        store.checkinSchedules().save(member, CheckinSchedule.daily(LocalTime.of(18, 30)));
        assertThat(store.checkinSchedules().find(member).orElseThrow().at()).isEqualTo(LocalTime.of(18, 30));

        store.checkinSchedules().delete(member);
        assertThat(store.checkinSchedules().find(member)).isEmpty();
    }

    @Test
    void members_do_not_see_each_others_schedules() {
        MemberId one = newMember();
        store.checkinSchedules().save(one, CheckinSchedule.daily(LocalTime.NOON));
        assertThat(store.checkinSchedules().find(newMember())).isEmpty();
    }

    @Test
    void a_schedule_is_exported_and_forgotten() {
        MemberId member = newMember();
        store.checkinSchedules().save(member, new CheckinSchedule(LocalTime.of(7, 45), Set.of(DayOfWeek.FRIDAY)));

        assertThat(exported("checkinSchedule", member).toString()).contains("07:45").contains("friday");
        forgetEverywhere(member);
        assertThat(store.checkinSchedules().find(member)).isEmpty();
    }
}
