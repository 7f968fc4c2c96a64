package app.kindred.store.redis;

import app.kindred.core.crisis.RecentSignals;
import app.kindred.core.member.MemberId;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When a member last raised a crisis signal, as epoch seconds in a key of theirs that Redis deletes
 * itself once the window has passed (counted from when it was written). Never the text.
 */
final class RedisRecentSignals implements RecentSignals {

    static final String PART = "c";

    private final RedisStore redis;
    private final Duration window;

    RedisRecentSignals(RedisStore redis, Duration window) {
        this.redis = redis;
        this.window = window;
    }

    @Override
    public void record(MemberId member, Instant at) {
        redis.run(j -> j.setex(redis.member(member, PART), Math.max(1, window.toSeconds()),
                Long.toString(at.getEpochSecond())));
    }

    @Override
    public Optional<Instant> last(MemberId member) {
        String seconds = redis.call(j -> j.get(redis.member(member, PART)));
        return Optional.ofNullable(seconds).map(s -> Instant.ofEpochSecond(Long.parseLong(s)));
    }

    @Override
    public void forget(MemberId member) {
        redis.run(j -> j.del(redis.member(member, PART)));
    }
}
