package app.kindred.core.checkin;

import app.kindred.core.member.MemberId;
import app.kindred.core.store.EmbeddedStore;
import org.h2.mvstore.MVMap;

import java.util.Optional;

/** Check-in schedules in the embedded store: one int per member. */
public final class EmbeddedCheckinSchedules implements CheckinSchedules {

    private final MVMap<String, Integer> schedules;

    public EmbeddedCheckinSchedules(EmbeddedStore store) {
        this.schedules = store.map("checkin-schedules");
    }

    @Override
    public Optional<CheckinSchedule> find(MemberId member) {
        return Optional.ofNullable(schedules.get(member.value())).map(CheckinSchedule::decode);
    }

    @Override
    public void save(MemberId member, CheckinSchedule schedule) {
        schedules.put(member.value(), schedule.encode());
    }

    @Override
    public void delete(MemberId member) {
        schedules.remove(member.value());
    }
}
