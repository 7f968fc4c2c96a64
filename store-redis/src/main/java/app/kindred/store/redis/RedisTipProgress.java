package app.kindred.store.redis;

import app.kindred.core.member.MemberId;
import app.kindred.core.store.MemberData;
import app.kindred.core.tips.TipProgress;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Tip progress on Redis: a set of seen tip ids per member. */
final class RedisTipProgress implements TipProgress, MemberData {

    static final String PART = "t";

    private final RedisStore redis;

    RedisTipProgress(RedisStore redis) {
        this.redis = redis;
    }

    @Override
    public Set<String> seen(MemberId member) {
        return Set.copyOf(redis.call(j -> j.smembers(redis.member(member, PART))));
    }

    @Override
    public void markSeen(MemberId member, String tipId) {
        if (tipId.isEmpty() || tipId.contains(",")) {
            throw new IllegalArgumentException("tip ids are plain words");
        }
        redis.run(j -> j.sadd(redis.member(member, PART), tipId));
    }

    @Override
    public void reset(MemberId member) {
        redis.run(j -> j.del(redis.member(member, PART)));
    }

    @Override
    public String section() {
        return "tipsSeen";
    }

    @Override
    public Object export(MemberId member) {
        Set<String> ids = seen(member);
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("seenThisRound", List.copyOf(new TreeSet<>(ids)));
        return out;
    }

    @Override
    public void forget(MemberId member) {
        reset(member);
    }
}
