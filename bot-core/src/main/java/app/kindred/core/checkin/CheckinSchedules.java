package app.kindred.core.checkin;

import app.kindred.core.member.MemberId;
import app.kindred.core.store.MemberData;

import java.util.Map;
import java.util.Optional;

/** Storage port for members' opted-in check-in schedules (a Redis hash field per member would do). */
public interface CheckinSchedules extends MemberData {

    Optional<CheckinSchedule> find(MemberId member);

    void save(MemberId member, CheckinSchedule schedule);

    void delete(MemberId member);

    @Override
    default String section() {
        return "checkinSchedule";
    }

    @Override
    default Object export(MemberId member) {
        return find(member).<Object>map(CheckinSchedule::exportView).orElse(Map.of());
    }

    @Override
    default void forget(MemberId member) {
        delete(member);
    }
}
