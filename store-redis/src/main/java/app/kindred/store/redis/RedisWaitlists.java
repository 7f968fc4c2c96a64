package app.kindred.store.redis;

import app.kindred.core.groups.TopicKey;
import app.kindred.core.groups.Waitlists;
import app.kindred.core.member.MemberId;
import redis.clients.jedis.AbstractPipeline;
import redis.clients.jedis.Response;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static app.kindred.store.redis.RedisDueCheckins.args;

/**
 * Waitlists on Redis. Each topic has its own tag ({@code k:{w:<topic>}}): a sorted set of members scored
 * by place (1/1024 ms, so joins within a millisecond keep their order) and a hash of since-times; the
 * scripts that join, leave and claim touch only that slot. Beside them: a set of topics with someone
 * waiting (tag {waitlists}) and a set of each member's topics in the member's slot.
 */
final class RedisWaitlists implements Waitlists {

    static final String PART = "w";

    /** KEYS queue, since; ARGV member, place, since. */
    private static final LuaScript JOIN = new LuaScript("""
            if redis.call('ZSCORE', KEYS[1], ARGV[1]) then return 0 end
            local place = tonumber(ARGV[2])
            local last = redis.call('ZRANGE', KEYS[1], -1, -1, 'WITHSCORES')
            if #last == 2 and tonumber(last[2]) >= place then place = tonumber(last[2]) + 1 end
            redis.call('ZADD', KEYS[1], string.format('%.0f', place), ARGV[1])
            redis.call('HSET', KEYS[2], ARGV[1], ARGV[3])
            return 1""");

    /** KEYS queue, since; ARGV since-seconds, default front place, members... */
    private static final LuaScript RETURN_TO_FRONT = new LuaScript("""
            for i = 3, #ARGV do redis.call('ZREM', KEYS[1], ARGV[i]) end
            local first = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
            local front = tonumber(ARGV[2])
            if #first == 2 then front = tonumber(first[2]) end
            local n = #ARGV - 2
            for i = 3, #ARGV do
              redis.call('ZADD', KEYS[1], string.format('%.0f', front - n + (i - 3)), ARGV[i])
              redis.call('HSET', KEYS[2], ARGV[i], ARGV[1])
            end
            return 1""");

    /** KEYS queue, since; ARGV members...: removes all or none; answers -1 for none, else how many wait still. */
    private static final LuaScript CLAIM = new LuaScript("""
            for i = 1, #ARGV do
              if not redis.call('ZSCORE', KEYS[1], ARGV[i]) then return -1 end
            end
            for i = 1, #ARGV do
              redis.call('ZREM', KEYS[1], ARGV[i])
              redis.call('HDEL', KEYS[2], ARGV[i])
            end
            return redis.call('ZCARD', KEYS[1])""");

    private final RedisStore redis;
    private final String topicsKey;

    RedisWaitlists(RedisStore redis) {
        this.redis = redis;
        this.topicsKey = redis.global("waitlists", "topics");
    }

    @Override
    public boolean join(TopicKey topic, MemberId member, Instant at) {
        Object joined = redis.call(j -> JOIN.run(j, keys(topic), args(member.value(),
                Long.toString(at.toEpochMilli() * 1024), Long.toString(at.getEpochSecond()))));
        if (!Long.valueOf(1).equals(joined)) {
            return false;
        }
        String encoded = encode(topic);
        redis.run(j -> {
            try (AbstractPipeline pipe = j.pipelined()) {
                pipe.sadd(topicsKey, encoded);
                pipe.sadd(redis.member(member, PART), encoded);
                pipe.sync();
            }
        });
        return true;
    }

    @Override
    public void returnToFront(TopicKey topic, List<MemberId> members, Instant since) {
        if (members.isEmpty()) {
            return;
        }
        List<String> values = new ArrayList<>();
        values.add(Long.toString(since.getEpochSecond()));
        values.add(Long.toString(since.toEpochMilli() * 1024));
        members.forEach(m -> values.add(m.value()));
        redis.run(j -> RETURN_TO_FRONT.run(j, keys(topic), args(values.toArray(String[]::new))));
        String encoded = encode(topic);
        redis.run(j -> {
            try (AbstractPipeline pipe = j.pipelined()) {
                pipe.sadd(topicsKey, encoded);
                members.forEach(m -> pipe.sadd(redis.member(m, PART), encoded));
                pipe.sync();
            }
        });
    }

    @Override
    public boolean leave(TopicKey topic, MemberId member) {
        return claim(topic, List.of(member));
    }

    @Override
    public boolean isWaiting(TopicKey topic, MemberId member) {
        return redis.call(j -> j.zscore(queue(topic), member.value())) != null;
    }

    @Override
    public List<Waiting> waiting(TopicKey topic) {
        return redis.call(j -> {
            Response<List<String>> order;
            Response<Map<String, String>> since;
            try (AbstractPipeline pipe = j.pipelined()) {
                order = pipe.zrange(queue(topic), 0, -1);
                since = pipe.hgetAll(sinceKey(topic));
                pipe.sync();
            }
            List<Waiting> out = new ArrayList<>();
            for (String member : order.get()) {
                String seconds = since.get().get(member);
                out.add(new Waiting(new MemberId(member), Instant.ofEpochSecond(seconds == null ? 0 : Long.parseLong(seconds))));
            }
            return out;
        });
    }

    @Override
    public Set<TopicKey> topics() {
        Set<TopicKey> out = new LinkedHashSet<>();
        redis.call(j -> j.smembers(topicsKey)).forEach(encoded -> out.add(decode(encoded)));
        return out;
    }

    @Override
    public List<TopicKey> topicsOf(MemberId member) {
        return redis.call(j -> j.smembers(redis.member(member, PART))).stream().sorted().map(RedisWaitlists::decode).toList();
    }

    @Override
    public Optional<Instant> waitingSince(TopicKey topic, MemberId member) {
        String since = redis.call(j -> j.hget(sinceKey(topic), member.value()));
        return since == null ? Optional.empty() : Optional.of(Instant.ofEpochSecond(Long.parseLong(since)));
    }

    @Override
    public boolean claim(TopicKey topic, Collection<MemberId> members) {
        if (members.isEmpty()) {
            return true;
        }
        Object left = redis.call(j -> CLAIM.run(j, keys(topic),
                args(members.stream().map(MemberId::value).toArray(String[]::new))));
        long remaining = left instanceof Long n ? n : -1;
        if (remaining < 0) {
            return false;
        }
        String encoded = encode(topic);
        redis.run(j -> {
            try (AbstractPipeline pipe = j.pipelined()) {
                members.forEach(m -> pipe.srem(redis.member(m, PART), encoded));
                if (remaining == 0) {
                    pipe.srem(topicsKey, encoded);
                }
                pipe.sync();
            }
        });
        // Someone who joined between the script and the SREM must not leave the topic unlisted.
        if (remaining == 0 && redis.call(j -> j.zcard(queue(topic))) > 0) {
            redis.run(j -> j.sadd(topicsKey, encoded));
        }
        return true;
    }

    @Override
    public void forget(MemberId member) {
        topicsOf(member).forEach(topic -> leave(topic, member));
        redis.run(j -> j.del(redis.member(member, PART)));
    }

    private List<byte[]> keys(TopicKey topic) {
        return List.of(RedisStore.bytes(queue(topic)), RedisStore.bytes(sinceKey(topic)));
    }

    private String queue(TopicKey topic) {
        return redis.prefix() + ":{w:" + encode(topic) + "}:q";
    }

    private String sinceKey(TopicKey topic) {
        return redis.prefix() + ":{w:" + encode(topic) + "}:since";
    }

    /** The topic in key-safe characters (a community id may hold anything, braces included). */
    private static String encode(TopicKey topic) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(topic.encoded().getBytes(StandardCharsets.UTF_8));
    }

    private static TopicKey decode(String encoded) {
        return TopicKey.decode(new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8));
    }
}
