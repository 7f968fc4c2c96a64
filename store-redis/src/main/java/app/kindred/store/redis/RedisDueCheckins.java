package app.kindred.store.redis;

import app.kindred.core.checkin.DueCheckin;
import app.kindred.core.checkin.DueCheckins;
import app.kindred.core.member.MemberId;
import redis.clients.jedis.Response;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static app.kindred.store.redis.RedisStore.bytes;
import static app.kindred.store.redis.RedisStore.text;

/**
 * Due check-ins on Redis, all under the hash tag {due} so each step is one Lua script in one slot:
 * <ul>
 *   <li>{@code q}: a sorted set of "member~kind" (the pending entry per member and kind) scored by send
 *       time and occurrence together: seconds times 2^20, plus how many minutes before the send time the
 *       occurrence began (0 for a regular check-in, the snooze for a snoozed one);
 *   <li>{@code occ}: a hash "member~kind" to the occurrence, only for the rare entry whose occurrence is
 *       not within two years before its send time (marked by the largest offset);
 *   <li>{@code leases}: a sorted set of claimed entries ("member~kind~fireAt~occurrence") scored by lease end.
 * </ul>
 * Scores stay below 2^53, so they are exact, for send times until the year 2242. A claim moves due
 * entries from {@code q} to {@code leases} atomically, so when instances tick at once each entry goes to
 * exactly one of them. An entry stays leased until {@link #complete}; if the claimer dies first, the
 * lease runs out and the next claim hands the same occurrence (same delivery key) to another instance.
 * Delivery is therefore at least once per lease, and exactly once for the member because the outbox
 * drops a second send under the same delivery key.
 */
final class RedisDueCheckins implements DueCheckins {

    /** Send seconds are multiplied by this; the occurrence's offset in minutes goes below. */
    static final long SCALE = 1L << 20;
    /** The offset saying "the occurrence is in the occ hash". */
    static final long FAR = SCALE - 1;
    private static final long LAST_SECOND = 1L << 33;

    /** KEYS q, occ, leases; ARGV slot, score, occurrence when far ('' otherwise). */
    private static final LuaScript PLAN = new LuaScript("""
            redis.call('ZADD', KEYS[1], ARGV[2], ARGV[1])
            if ARGV[3] == '' then redis.call('HDEL', KEYS[2], ARGV[1]) else redis.call('HSET', KEYS[2], ARGV[1], ARGV[3]) end
            return 1""");

    /** KEYS q, occ, leases; ARGV now (seconds), lease end, max, highest due score. */
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
              local due = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', ARGV[4], 'WITHSCORES', 'LIMIT', 0, max - #out)
              for i = 1, #due, 2 do
                local slot = due[i]
                local score = tonumber(due[i + 1])
                local offset = score % %SCALE%
                local fire = (score - offset) / %SCALE%
                local occ
                if offset == %FAR% then
                  occ = redis.call('HGET', KEYS[2], slot) or '0'
                  redis.call('HDEL', KEYS[2], slot)
                else
                  occ = string.format('%d', math.floor(fire / 60) - offset)
                end
                redis.call('ZREM', KEYS[1], slot)
                local id = slot .. '~' .. string.format('%d', fire) .. '~' .. occ
                redis.call('ZADD', KEYS[3], leaseEnd, id)
                out[#out + 1] = id
              end
            end
            return out""".replace("%SCALE%", Long.toString(SCALE)).replace("%FAR%", Long.toString(FAR)));

    /** KEYS q, occ, leases; ARGV claimed id, then the next entry's slot, score, occurrence when far. */
    private static final LuaScript COMPLETE = new LuaScript("""
            redis.call('ZREM', KEYS[3], ARGV[1])
            if ARGV[2] and not redis.call('ZSCORE', KEYS[1], ARGV[2]) then
              redis.call('ZADD', KEYS[1], ARGV[3], ARGV[2])
              if ARGV[4] ~= '' then redis.call('HSET', KEYS[2], ARGV[2], ARGV[4]) end
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
        long score = score(entry);
        redis.trip(t -> t.script(PLAN, keys, args(slot(entry.member(), entry.kind()), Long.toString(score),
                score % SCALE == FAR ? Long.toString(entry.occurrence()) : "")));
    }

    @Override
    public Optional<DueCheckin> pending(MemberId member, DueCheckin.Kind kind) {
        String slot = slot(member, kind);
        return redis.trip(t -> {
            Response<Double> score = t.pipe().zscore(keys.get(0), bytes(slot));
            Response<byte[]> far = t.pipe().hget(keys.get(1), bytes(slot));
            return () -> {
                if (score.get() == null) {
                    return Optional.empty();
                }
                long packed = score.get().longValue();
                long fire = packed / SCALE;
                long offset = packed % SCALE;
                long occurrence = offset == FAR ? Long.parseLong(text(far.get())) : Math.floorDiv(fire, 60) - offset;
                return Optional.of(new DueCheckin(member, kind, Instant.ofEpochSecond(fire), occurrence));
            };
        });
    }

    @Override
    public void cancel(MemberId member) {
        redis.trip(t -> t.script(CANCEL, keys, args(member.value())));
    }

    @Override
    public List<DueCheckin> claim(Instant now, Duration lease, int max) {
        if (max <= 0) {
            return List.of();
        }
        long seconds = now.getEpochSecond();
        Object claimed = redis.trip(t -> t.script(CLAIM, keys, args(Long.toString(seconds),
                Long.toString(now.plus(lease).getEpochSecond()), Integer.toString(max),
                Long.toString(seconds * SCALE + SCALE - 1))));
        List<DueCheckin> out = new ArrayList<>();
        if (claimed instanceof List<?> identities) {
            identities.forEach(identity -> out.add(parseIdentity(string(identity))));
        }
        return out;
    }

    @Override
    public void complete(DueCheckin claimed, DueCheckin next) {
        long score = next == null ? 0 : score(next);
        List<byte[]> args = next == null ? args(identity(claimed))
                : args(identity(claimed), slot(next.member(), next.kind()), Long.toString(score),
                        score % SCALE == FAR ? Long.toString(next.occurrence()) : "");
        redis.trip(t -> t.script(COMPLETE, keys, args));
    }

    /** Send time and occurrence in one exact score (see the class comment). */
    static long score(DueCheckin entry) {
        long fire = entry.fireAt().getEpochSecond();
        if (fire < 0 || fire >= LAST_SECOND) {
            throw new IllegalArgumentException("a check-in is sent between 1970 and 2242");
        }
        long offset = Math.floorDiv(fire, 60) - entry.occurrence();
        return fire * SCALE + (offset >= 0 && offset < FAR ? offset : FAR);
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
