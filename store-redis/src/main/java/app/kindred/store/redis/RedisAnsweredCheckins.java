package app.kindred.store.redis;

import app.kindred.core.checkin.AnsweredCheckins;
import app.kindred.core.member.MemberId;
import app.kindred.core.store.MemberData;
import redis.clients.jedis.AbstractPipeline;
import redis.clients.jedis.Response;
import redis.clients.jedis.params.ZAddParams;

import java.time.Instant;
import java.util.List;

/**
 * Answered check-in occurrences on Redis: a small sorted set per member scored by occurrence. ZADD NX says
 * whether this answer is the first; the oldest beyond {@link #REMEMBERED} are trimmed in the same trip.
 */
final class RedisAnsweredCheckins implements AnsweredCheckins, MemberData {

    static final String PART = "a";

    private final RedisStore redis;

    RedisAnsweredCheckins(RedisStore redis) {
        this.redis = redis;
    }

    @Override
    public boolean markAnswered(MemberId member, long occurrence) {
        String key = redis.member(member, PART);
        return redis.call(j -> {
            try (AbstractPipeline pipe = j.pipelined()) {
                Response<Long> added = pipe.zadd(key, occurrence, Long.toString(occurrence), ZAddParams.zAddParams().nx());
                pipe.zremrangeByRank(key, 0, -REMEMBERED - 1);
                pipe.sync();
                return added.get() == 1L;
            }
        });
    }

    @Override
    public boolean isAnswered(MemberId member, long occurrence) {
        return redis.call(j -> j.zscore(redis.member(member, PART), Long.toString(occurrence))) != null;
    }

    @Override
    public String section() {
        return "answeredCheckins";
    }

    @Override
    public Object export(MemberId member) {
        List<String> occurrences = redis.call(j -> j.zrevrange(redis.member(member, PART), 0, -1));
        return occurrences.stream().map(o -> Instant.ofEpochSecond(Long.parseLong(o) * 60).toString()).toList();
    }

    @Override
    public void forget(MemberId member) {
        redis.run(j -> j.del(redis.member(member, PART)));
    }
}
