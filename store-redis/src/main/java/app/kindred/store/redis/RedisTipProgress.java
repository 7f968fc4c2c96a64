package app.kindred.store.redis;

import app.kindred.core.member.MemberId;
import app.kindred.core.tips.TipProgress;

import java.util.Set;

/** Tip progress on Redis: a set of seen tip ids per member ({@code k:{id}:t}). */
final class RedisTipProgress implements TipProgress {

    static final String PART = "t";

    private final RedisStore redis;

    RedisTipProgress(RedisStore redis) {
        this.redis = redis;
    }

    @Override
    public Set<String> seen(MemberId member) {
        return Set.copyOf(redis.trip(t -> t.pipe().smembers(redis.member(member, PART))));
    }

    /** Held until the turn's next trip or its end: seeing a tip twice is the worst a lost write can do. */
    @Override
    public void markSeen(MemberId member, String tipId) {
        if (tipId.isEmpty() || tipId.contains(",")) {
            throw new IllegalArgumentException("tip ids are plain words");
        }
        String key = redis.member(member, PART);
        redis.hold(t -> {
            t.pipe().sadd(key, tipId);
            return () -> { };
        });
    }

    @Override
    public void reset(MemberId member) {
        String key = redis.member(member, PART);
        redis.hold(t -> {
            t.pipe().del(key);
            return () -> { };
        });
    }
}
