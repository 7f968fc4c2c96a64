package app.kindred.core.checkin;

import app.kindred.core.member.MemberId;

import java.util.Optional;

/** Storage port for members' opted-in check-in schedules (a Redis hash field per member would do). */
public interface CheckinSchedules {

    Optional<CheckinSchedule> find(MemberId member);

    void save(MemberId member, CheckinSchedule schedule);

    void delete(MemberId member);
}
