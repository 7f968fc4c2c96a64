package app.kindred.store.redis;

import app.kindred.core.checkin.DueCheckin;
import app.kindred.core.checkin.DueCheckins;
import app.kindred.core.member.MemberId;
import app.kindred.core.store.MemberData;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static app.kindred.store.redis.RedisStore.bytes;
import static app.kindred.store.redis.RedisStore.text;

/**
 * Due check-ins on Redis, all under the hash tag {due} so each step is one Lua script in one slot:
 * <ul>
 *   <li>{@code q}: a sorted set of "member~kind" scored by send time (the pending entry per member and kind);
 *   <li>{@code occ}: a hash "member~kind" to the occurrence it belongs to;
 *   <li>{@code leases}: a sorted set of claimed entries ("member~kind~fireAt~occurrence") scored by lease end.
 * </ul>
 * A claim moves due entries from {@code q} to {@code leases} atomically, so when instances tick at once
 * each entry goes to exactly one of them. An entry stays leased until {@link #complete}; if the claimer
 * dies first, the lease runs out and the next claim hands the same occurrence (same delivery key) to
 * another instance. Delivery is therefore at least once per lease, and exactly once for the member
 * because the outbox drops a second send under the same delivery key.
 */
final class RedisDueCheckins implements DueCheckins, MemberData {

    private static final LuaScript PLAN = new LuaScript("""
            redis.call('ZADD', KEYS[1], ARGV[2], ARGV[1])
            redis.call('HSET', KEYS[2], ARGV[1], ARGV[3])
            return 1""");

    private static final LuaScript PENDING = new LuaScript("""
            local at = redis.call('ZSCORE', KEYS[1], ARGV[1])
            if not at then return false end
            local occ = redis.call('HGET', KEYS[2], ARGV[1])
            if not occ then return false end
            return {string.format('%d', tonumber(at)), occ}""");

    private static final LuaScript CLAIM = new LuaScript("""
            local now = tonumber(ARGV[1])
            local leaseEnd = tonumber(ARGV[2])
            local max = tonumber(ARGV[3])
            local out = {}
            local expired = redis.call('ZRANGEBYSCORE', KEYS[3], '-inf', now, 'LIMIT', 0, max)
            for _, id in ipairs(expired) do
              redis.call('ZADD', KEYS[3], leaseEnd, id)
              out[#out + 1] = id
            end
            if #out < max then
              local due = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', now, 'WITHSCORES', 'LIMIT', 0, max - #out)
              for i = 1, #due, 2 do
                local slot = due[i]
                local occ = redis.call('HGET', KEYS[2], slot) or '0'
                redis.call('ZREM', KEYS[1], slot)
                redis.call('HDEL', KEYS[2], slot)
                local id = slot .. '~' .. string.format('%d', tonumber(due[i + 1])) .. '~' .. occ
                redis.call('ZADD', KEYS[3], leaseEnd, id)
                out[#out + 1] = id
              end
            end
            return out""");

    private static final LuaScript COMPLETE = new LuaScript("""
            redis.call('ZREM', KEYS[3], ARGV[1])
            if ARGV[2] and not redis.call('ZSCORE', KEYS[1], ARGV[2]) then
              redis.call('ZADD', KEYS[1], ARGV[3], ARGV[2])
              redis.call('HSET', KEYS[2], ARGV[2], ARGV[4])
            end
            return 1""");

    private static final LuaScript CANCEL = new LuaScript("""
            local prefix = ARGV[1] .. '~'
            for _, kind in ipairs({'r', 's'}) do
              redis.call('ZREM', KEYS[1], prefix .. kind)
              redis.call('HDEL', KEYS[2], prefix .. kind)
            end
            local held = redis.call('ZRANGE', KEYS[3], 0, -1)
            for _, id in ipairs(held) do
              if string.sub(id, 1, #prefix) == prefix then redis.call('ZREM', KEYS[3], id) end
            end
            return 1""");

    private final RedisStore redis;
    private final List<byte[]> keys;

    RedisDueCheckins(RedisStore redis) {
        this.redis = redis;
        this.keys = List.of(bytes(redis.global("due", "q")), bytes(redis.global("due", "occ")),
                bytes(redis.global("due", "leases")));
    }

    @Override
    public void plan(DueCheckin entry) {
        redis.run(j -> PLAN.run(j, keys, args(slot(entry.member(), entry.kind()),
                Long.toString(entry.fireAt().getEpochSecond()), Long.toString(entry.occurrence()))));
    }

    @Override
    public Optional<DueCheckin> pending(MemberId member, DueCheckin.Kind kind) {
        Object found = redis.call(j -> PENDING.run(j, keys, args(slot(member, kind))));
        if (!(found instanceof List<?> fields) || fields.size() < 2) {
            return Optional.empty();
        }
        return Optional.of(new DueCheckin(member, kind, Instant.ofEpochSecond(Long.parseLong(string(fields.get(0)))),
                Long.parseLong(string(fields.get(1)))));
    }

    @Override
    public void cancel(MemberId member) {
        redis.run(j -> CANCEL.run(j, keys, args(member.value())));
    }

    @Override
    public List<DueCheckin> claim(Instant now, Duration lease, int max) {
        if (max <= 0) {
            return List.of();
        }
        Object claimed = redis.call(j -> CLAIM.run(j, keys, args(Long.toString(now.getEpochSecond()),
                Long.toString(now.plus(lease).getEpochSecond()), Integer.toString(max))));
        List<DueCheckin> out = new ArrayList<>();
        if (claimed instanceof List<?> identities) {
            identities.forEach(identity -> out.add(parseIdentity(string(identity))));
        }
        return out;
    }

    @Override
    public void complete(DueCheckin claimed, DueCheckin next) {
        List<byte[]> args = next == null ? args(identity(claimed))
                : args(identity(claimed), slot(next.member(), next.kind()),
                        Long.toString(next.fireAt().getEpochSecond()), Long.toString(next.occurrence()));
        redis.run(j -> COMPLETE.run(j, keys, args));
    }

    @Override
    public String section() {
        return "pendingCheckins";
    }

    @Override
    public Object export(MemberId member) {
        Map<String, Object> out = new LinkedHashMap<>();
        pending(member, DueCheckin.Kind.REGULAR).ifPresent(e -> out.put("next", e.fireAt().toString()));
        pending(member, DueCheckin.Kind.SNOOZED).ifPresent(e -> out.put("snoozedUntil", e.fireAt().toString()));
        return out.isEmpty() ? Map.of() : out;
    }

    @Override
    public void forget(MemberId member) {
        cancel(member);
    }

    private static String slot(MemberId member, DueCheckin.Kind kind) {
        return member.value() + "~" + kind.code();
    }

    private static String identity(DueCheckin entry) {
        return slot(entry.member(), entry.kind()) + "~" + entry.fireAt().getEpochSecond() + "~" + entry.occurrence();
    }

    private static DueCheckin parseIdentity(String identity) {
        String[] fields = identity.split("~");
        return new DueCheckin(new MemberId(fields[0]), DueCheckin.Kind.ofCode(fields[1].charAt(0)),
                Instant.ofEpochSecond(Long.parseLong(fields[2])), Long.parseLong(fields[3]));
    }

    static List<byte[]> args(String... values) {
        List<byte[]> out = new ArrayList<>(values.length);
        for (String value : values) {
            out.add(bytes(value));
        }
        return out;
    }

    static String string(Object reply) {
        return reply instanceof byte[] raw ? text(raw) : String.valueOf(reply);
    }
}
