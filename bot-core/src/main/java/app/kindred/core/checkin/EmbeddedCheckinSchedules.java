package app.kindred.core.checkin;

import app.kindred.core.member.MemberId;
import app.kindred.core.store.EmbeddedStore;
import app.kindred.core.store.MemberData;
import org.h2.mvstore.MVMap;

import java.time.DayOfWeek;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Check-in schedules in the embedded store: one int per member. */
public final class EmbeddedCheckinSchedules implements CheckinSchedules, MemberData {

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

    @Override
    public String section() {
        return "checkinSchedule";
    }

    @Override
    public Object export(MemberId member) {
        return find(member).<Object>map(EmbeddedCheckinSchedules::describe).orElse(Map.of());
    }

    @Override
    public void forget(MemberId member) {
        delete(member);
    }

    static Map<String, Object> describe(CheckinSchedule schedule) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("time", schedule.at().toString());
        out.put("days", schedule.days().stream().sorted().map(DayOfWeek::name)
                .map(name -> name.toLowerCase(Locale.ROOT)).toList());
        return out;
    }
}
