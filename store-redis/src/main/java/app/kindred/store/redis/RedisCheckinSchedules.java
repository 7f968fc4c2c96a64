package app.kindred.store.redis;

import app.kindred.core.checkin.CheckinSchedule;
import app.kindred.core.checkin.CheckinSchedules;
import app.kindred.core.member.MemberId;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Check-in schedules on Redis: one int (minute of day and a bit per weekday) in the member's hash. */
final class RedisCheckinSchedules implements CheckinSchedules {

    private static final String FIELD = "s";

    private final RedisStore redis;

    RedisCheckinSchedules(RedisStore redis) {
        this.redis = redis;
    }

    @Override
    public Optional<CheckinSchedule> find(MemberId member) {
        byte[] encoded = redis.memberField(member, FIELD);
        return Optional.ofNullable(encoded).map(value -> CheckinSchedule.decode(Integer.parseInt(RedisStore.text(value))));
    }

    @Override
    public void save(MemberId member, CheckinSchedule schedule) {
        Map<String, byte[]> change = new HashMap<>();
        change.put(FIELD, RedisStore.bytes(Integer.toString(schedule.encode())));
        redis.writeMemberFields(member, change);
    }

    @Override
    public void delete(MemberId member) {
        Map<String, byte[]> change = new HashMap<>();
        change.put(FIELD, null);
        redis.writeMemberFields(member, change);
    }
}
