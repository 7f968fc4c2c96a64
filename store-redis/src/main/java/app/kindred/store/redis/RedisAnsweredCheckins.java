package app.kindred.store.redis;

import app.kindred.core.checkin.AnsweredCheckins;
import app.kindred.core.member.MemberId;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static app.kindred.store.redis.RedisStore.bytes;

/**
 * Answered check-in occurrences on Redis: the {@link #REMEMBERED} most recent, newest first, in two
 * fields of the member's hash ("n", then "o" when "n" is full). Each field is the first occurrence as a
 * varint and then the gap to each next one, so a month of daily answers is about two bytes each and
 * each field stays within the 64 bytes of a compact hash. The member's profile read brings them along,
 * so asking whether an occurrence was answered costs no trip of its own in a turn; marking one is a
 * script that checks and adds in one step, so only the first answer counts.
 */
final class RedisAnsweredCheckins implements AnsweredCheckins {

    static final String NEWER = "n";
    static final String OLDER = "o";
    /** Bytes a field may hold: the longest value Redis keeps in a compact (listpack) hash by default. */
    static final int FIELD_BYTES = 64;

    /** KEYS[1] member hash; ARGV occurrence, how many to keep, bytes per field. Answers 0, or {1, n, o}. */
    private static final LuaScript MARK = new LuaScript("""
            local function decode(s, out)
              if not s then return end
              local i, prev = 1, nil
              while i <= #s do
                local v, scale, b = 0, 1, 128
                while b >= 128 do
                  b = string.byte(s, i)
                  i = i + 1
                  v = v + (b % 128) * scale
                  scale = scale * 128
                end
                if prev then prev = prev - v else prev = v end
                out[#out + 1] = prev
              end
            end
            local function varint(v)
              local parts = {}
              repeat
                local b = v % 128
                v = (v - b) / 128
                if v > 0 then b = b + 128 end
                parts[#parts + 1] = string.char(b)
              until v == 0
              return table.concat(parts)
            end
            local all = {}
            decode(redis.call('HGET', KEYS[1], 'n'), all)
            decode(redis.call('HGET', KEYS[1], 'o'), all)
            local occ = tonumber(ARGV[1])
            local at = #all + 1
            for i, v in ipairs(all) do
              if v == occ then return 0 end
              if occ > v then at = i break end
            end
            table.insert(all, at, occ)
            while #all > tonumber(ARGV[2]) do table.remove(all) end
            local limit = tonumber(ARGV[3])
            local fields, target, prev = {'', ''}, 1, nil
            for _, v in ipairs(all) do
              local piece = prev and varint(prev - v) or varint(v)
              if target == 1 and #fields[1] + #piece > limit then
                target = 2
                piece = varint(v)
              end
              fields[target] = fields[target] .. piece
              prev = v
            end
            redis.call('HSET', KEYS[1], 'n', fields[1])
            if fields[2] == '' then redis.call('HDEL', KEYS[1], 'o') else redis.call('HSET', KEYS[1], 'o', fields[2]) end
            return {1, fields[1], fields[2]}""");

    /** Occurrences are minutes since 1970; these bounds keep them exact in Lua's numbers. */
    private static final long LARGEST = 1L << 50;

    private final RedisStore redis;

    RedisAnsweredCheckins(RedisStore redis) {
        this.redis = redis;
    }

    @Override
    public boolean markAnswered(MemberId member, long occurrence) {
        check(occurrence);
        Object reply = redis.trip(t -> t.script(MARK, List.of(bytes(redis.member(member))),
                RedisDueCheckins.args(Long.toString(occurrence), Integer.toString(REMEMBERED), Integer.toString(FIELD_BYTES))));
        if (!(reply instanceof List<?> marked)) {
            return false;
        }
        Map<String, byte[]> change = new HashMap<>();
        change.put(NEWER, (byte[]) marked.get(1));
        byte[] older = (byte[]) marked.get(2);
        change.put(OLDER, older.length == 0 ? null : older);
        redis.memberFieldsChanged(member, change);
        return true;
    }

    @Override
    public boolean isAnswered(MemberId member, long occurrence) {
        return remembered(member).contains(occurrence);
    }

    @Override
    public Object export(MemberId member) {
        return remembered(member).stream().map(o -> Instant.ofEpochSecond(o * 60).toString()).toList();
    }

    @Override
    public void forget(MemberId member) {
        Map<String, byte[]> change = new HashMap<>();
        change.put(NEWER, null);
        change.put(OLDER, null);
        redis.writeMemberFields(member, change);
    }

    /** The remembered occurrences, newest first. */
    private List<Long> remembered(MemberId member) {
        List<byte[]> fields = redis.memberFields(member, NEWER, OLDER);
        List<Long> out = new ArrayList<>();
        decode(fields.get(0), out);
        decode(fields.get(1), out);
        return out;
    }

    static void decode(byte[] field, List<Long> out) {
        if (field == null) {
            return;
        }
        Varints.Reader in = new Varints.Reader(field, 0);
        Long previous = null;
        while (in.hasMore()) {
            long value = in.read();
            previous = previous == null ? value : previous - value;
            out.add(previous);
        }
    }

    private static void check(long occurrence) {
        if (occurrence < 0 || occurrence >= LARGEST) {
            throw new IllegalArgumentException("an occurrence is a minute since 1970");
        }
    }
}
