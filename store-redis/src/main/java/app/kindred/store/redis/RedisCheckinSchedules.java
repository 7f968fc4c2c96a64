package app.kindred.store.redis;

import app.kindred.core.checkin.CheckinSchedule;
import app.kindred.core.checkin.CheckinSchedules;
import app.kindred.core.member.MemberId;
import app.kindred.core.store.MemberData;

import java.time.DayOfWeek;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Check-in schedules on Redis: one int (minute of day and a bit per weekday) in the member's hash. */
final class RedisCheckinSchedules implements CheckinSchedules, MemberData {

    private static final String FIELD = "s";

    private final RedisStore redis;

    RedisCheckinSchedules(RedisStore redis) {
        this.redis = redis;
    }

    @Override
    public Optional<CheckinSchedule> find(MemberId member) {
        String encoded = redis.call(j -> j.hget(redis.member(member), FIELD));
        return Optional.ofNullable(encoded).map(value -> CheckinSchedule.decode(Integer.parseInt(value)));
    }

    @Override
    public void save(MemberId member, CheckinSchedule schedule) {
        redis.run(j -> j.hset(redis.member(member), FIELD, Integer.toString(schedule.encode())));
    }

    @Override
    public void delete(MemberId member) {
        redis.run(j -> j.hdel(redis.member(member), FIELD));
    }

    @Override
    public String section() {
        return "checkinSchedule";
    }

    @Override
    public Object export(MemberId member) {
        return find(member).<Object>map(schedule -> {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("time", schedule.at().toString());
            out.put("days", schedule.days().stream().sorted().map(DayOfWeek::name)
                    .map(name -> name.toLowerCase(Locale.ROOT)).toList());
            return out;
        }).orElse(Map.of());
    }

    @Override
    public void forget(MemberId member) {
        delete(member);
    }
}
