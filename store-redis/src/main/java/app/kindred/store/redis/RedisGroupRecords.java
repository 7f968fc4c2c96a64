package app.kindred.store.redis;

import app.kindred.core.groups.Group;
import app.kindred.core.groups.GroupBytes;
import app.kindred.core.groups.GroupId;
import app.kindred.core.groups.GroupRecords;
import app.kindred.core.groups.Seat;
import app.kindred.core.member.MemberId;
import redis.clients.jedis.AbstractPipeline;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import static app.kindred.store.redis.RedisStore.bytes;

/**
 * Groups on Redis: a hash per group under its own tag ({@code k:{g:id}} with the version "v" and the
 * record "d"), replaced by a version compare-and-set script; a sorted set of groups by next deadline under
 * {groups}; and a set of group ids in each member's slot ({@code k:{member}:g}).
 */
final class RedisGroupRecords implements GroupRecords {

    static final String PART = "g";
    private static final byte[] DATA = bytes("d");

    private static final LuaScript CREATE = new LuaScript("""
            if redis.call('EXISTS', KEYS[1]) == 1 then return 0 end
            redis.call('HSET', KEYS[1], 'v', ARGV[1], 'd', ARGV[2])
            return 1""");

    private static final LuaScript REPLACE = new LuaScript("""
            if redis.call('HGET', KEYS[1], 'v') ~= ARGV[1] then return 0 end
            redis.call('HSET', KEYS[1], 'v', ARGV[2], 'd', ARGV[3])
            return 1""");

    private final RedisStore redis;
    private final String dueIndex;

    RedisGroupRecords(RedisStore redis) {
        this.redis = redis;
        this.dueIndex = redis.global("groups", "due");
    }

    @Override
    public boolean create(Group group) {
        Object created = redis.call(j -> CREATE.run(j, List.of(bytes(key(group.id()))),
                List.of(bytes(Long.toString(group.version())), GroupBytes.encode(group))));
        if (!Long.valueOf(1).equals(created)) {
            return false;
        }
        index(null, group);
        return true;
    }

    @Override
    public Optional<Group> find(GroupId id) {
        byte[] data = redis.call(j -> j.hget(bytes(key(id)), DATA));
        return Optional.ofNullable(data).map(GroupBytes::decodeGroup);
    }

    @Override
    public boolean replace(Group before, Group after) {
        if (after.version() <= before.version() || !after.id().equals(before.id())) {
            return false;
        }
        Object replaced = redis.call(j -> REPLACE.run(j, List.of(bytes(key(before.id()))),
                List.of(bytes(Long.toString(before.version())), bytes(Long.toString(after.version())),
                        GroupBytes.encode(after))));
        if (!Long.valueOf(1).equals(replaced)) {
            return false;
        }
        index(before, after);
        return true;
    }

    @Override
    public void delete(GroupId id) {
        find(id).ifPresent(group -> {
            redis.run(j -> j.del(key(id)));
            index(group, null);
        });
    }

    @Override
    public List<GroupId> due(Instant now, int limit) {
        return redis.call(j -> j.zrangeByScore(dueIndex, Double.NEGATIVE_INFINITY, now.getEpochSecond(), 0, limit))
                .stream().map(GroupId::new).toList();
    }

    @Override
    public List<GroupId> ofMember(MemberId member) {
        Set<String> ids = redis.call(j -> j.smembers(redis.member(member, PART)));
        return new TreeSet<String>(ids).stream().map(GroupId::new).toList();
    }

    /** Clears the member's seat (name included) and asks the clock to look at the group soon. */
    @Override
    public void forget(MemberId member) {
        for (GroupId id : ofMember(member)) {
            update(id, group -> group.seatOf(member)
                    .map(seat -> group.edit().seat(seat.forgotten()).reviewAt(Instant.EPOCH).done())
                    .orElse(group));
        }
        redis.run(j -> j.del(redis.member(member, PART)));
    }

    private void index(Group before, Group after) {
        redis.run(j -> {
            try (AbstractPipeline pipe = j.pipelined()) {
                GroupId id = after != null ? after.id() : before.id();
                Optional<Instant> deadline = after == null ? Optional.empty() : after.deadline();
                if (deadline.isPresent()) {
                    pipe.zadd(dueIndex, deadline.get().getEpochSecond(), id.value());
                } else {
                    pipe.zrem(dueIndex, id.value());
                }
                if (before != null) {
                    for (Seat seat : before.seats()) {
                        if (!seat.isForgotten() && (after == null || after.seatOf(seat.member()).isEmpty())) {
                            pipe.srem(redis.member(seat.member(), PART), id.value());
                        }
                    }
                }
                if (after != null) {
                    for (Seat seat : after.seats()) {
                        if (!seat.isForgotten()) {
                            pipe.sadd(redis.member(seat.member(), PART), id.value());
                        }
                    }
                }
                pipe.sync();
            }
        });
    }

    private String key(GroupId id) {
        return redis.prefix() + ":{g:" + id.value() + "}";
    }
}
