package app.kindred.store.redis;

import app.kindred.core.member.MemberId;
import app.kindred.core.mood.MoodEntry;
import app.kindred.core.mood.MoodHistory;
import app.kindred.core.mood.MoodTag;
import redis.clients.jedis.params.ZAddParams;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import static app.kindred.store.redis.RedisDueCheckins.args;
import static app.kindred.store.redis.RedisStore.bytes;

/**
 * Mood history on Redis: one string per member ({@code k:{id}:m}) from the first day kept to the last,
 * half a byte per day and a byte per tagged day:
 * <pre>
 *   first day (2 bytes, an even epoch day) | n (2 bytes) | n bytes of days | one byte per tagged day
 * </pre>
 * Each day is a nibble, the high one for the even day: the score in its low three bits (0 = no
 * check-in) and, in its top bit, whether the day has tags. The tag masks of the tagged days follow, in
 * day order. A year of daily check-ins with a third of the days tagged is about 310 bytes; a byte per
 * day with the tags beside it would not fit a member in the memory budget. The daily retention job
 * cuts days off the front, so the string rolls forward through the year.
 *
 * <p>Scripts change the string in place, each in one step; they answer the string as it now is, so a
 * turn that goes on to read the member's moods needs no trip for it. A sorted set under the tag {moods}
 * holds each member's oldest day, so expiry finds who has old days without scanning everyone; the key
 * expires a backstop time after its last score, behind the daily job.
 */
final class RedisMoodHistory implements MoodHistory {

    static final String PART = "m";
    /** Epoch days that fit the two-byte first day, with a year to spare. */
    private static final long LAST_DAY = 65_535 - 800;

    private static final String LIBRARY = """
            local function parse(s)
              if not s or #s < 4 then return nil end
              local n = string.byte(s, 3) * 256 + string.byte(s, 4)
              return string.byte(s, 1) * 256 + string.byte(s, 2), string.sub(s, 5, 4 + n), string.sub(s, 5 + n)
            end
            local function pack(first, body, tags)
              return string.char(math.floor(first / 256), first % 256, math.floor(#body / 256), #body % 256) .. body .. tags
            end
            local function nibble(body, k)
              local b = string.byte(body, math.floor(k / 2) + 1)
              if k % 2 == 0 then return math.floor(b / 16) end
              return b % 16
            end
            local function setNibble(body, k, v)
              local i = math.floor(k / 2) + 1
              local b = string.byte(body, i)
              if k % 2 == 0 then b = v * 16 + b % 16 else b = b - b % 16 + v end
              return string.sub(body, 1, i - 1) .. string.char(b) .. string.sub(body, i + 1)
            end
            local function taggedBefore(body, k)
              local count = 0
              for j = 0, k - 1 do
                if nibble(body, j) >= 8 then count = count + 1 end
              end
              return count
            end
            local zero = string.char(0)
            """;

    /** KEYS[1] moods; ARGV day, score, seconds to keep. Answers the string as it now is. */
    private static final LuaScript RECORD = new LuaScript(LIBRARY + """
            local day, score = tonumber(ARGV[1]), tonumber(ARGV[2])
            local first, body, tags = parse(redis.call('GET', KEYS[1]))
            if not first then first, body, tags = day - day % 2, '', '' end
            if day < first then
              local start = day - day % 2
              body = string.rep(zero, (first - start) / 2) .. body
              first = start
            end
            local k = day - first
            local need = math.floor(k / 2) + 1
            if #body < need then body = body .. string.rep(zero, need - #body) end
            local v = nibble(body, k)
            body = setNibble(body, k, v - v % 8 + score)
            local s = pack(first, body, tags)
            redis.call('SET', KEYS[1], s, 'EX', ARGV[3])
            return s""");

    /** KEYS[1] moods; ARGV day, tag bit. A day without a score stays untagged. Answers the string as it now is. */
    private static final LuaScript ADD_TAG = new LuaScript(LIBRARY + """
            local s = redis.call('GET', KEYS[1])
            local first, body, tags = parse(s)
            if not first then return false end
            local k = tonumber(ARGV[1]) - first
            if k < 0 or k >= #body * 2 then return s end
            local v = nibble(body, k)
            if v % 8 == 0 then return s end
            local tag = tonumber(ARGV[2])
            local at = taggedBefore(body, k) + 1
            if v >= 8 then
              local mask = string.byte(tags, at)
              if bit.band(mask, tag) ~= 0 then return s end
              tags = string.sub(tags, 1, at - 1) .. string.char(bit.bor(mask, tag)) .. string.sub(tags, at + 1)
            else
              body = setNibble(body, k, v + 8)
              tags = string.sub(tags, 1, at - 1) .. string.char(tag) .. string.sub(tags, at)
            end
            s = pack(first, body, tags)
            redis.call('SET', KEYS[1], s, 'KEEPTTL')
            return s""");

    /** KEYS[1] moods; ARGV cutoff day. Drops the days before it; answers the first day left with a score, or -1. */
    private static final LuaScript CUT = new LuaScript(LIBRARY + """
            local first, body, tags = parse(redis.call('GET', KEYS[1]))
            if not first then return -1 end
            local cutoff = tonumber(ARGV[1])
            if cutoff > first then
              local k = cutoff - first
              local drop = math.min(math.floor(k / 2), #body)
              tags = string.sub(tags, taggedBefore(body, drop * 2) + 1)
              body = string.sub(body, drop + 1)
              first = first + drop * 2
              if k % 2 == 1 and #body > 0 then
                if nibble(body, 0) >= 8 then tags = string.sub(tags, 2) end
                body = setNibble(body, 0, 0)
              end
            end
            local lead = 0
            while lead < #body and string.byte(body, lead + 1) == 0 do lead = lead + 1 end
            if lead == #body then
              redis.call('DEL', KEYS[1])
              return -1
            end
            body = string.sub(body, lead + 1)
            first = first + lead * 2
            local last = #body
            while string.byte(body, last) == 0 do last = last - 1 end
            body = string.sub(body, 1, last)
            redis.call('SET', KEYS[1], pack(first, body, tags), 'KEEPTTL')
            if nibble(body, 0) % 8 == 0 then return first + 1 end
            return first""");

    /** Members whose old days the retention job cuts in one pair of trips. */
    private static final int CUT_BATCH = 500;

    private final RedisStore redis;
    private final String oldest;
    private final long backstopSeconds;

    RedisMoodHistory(RedisStore redis, Duration backstop) {
        this.redis = redis;
        this.oldest = redis.global("moods", "oldest");
        this.backstopSeconds = backstop.toSeconds();
    }

    @Override
    public void record(MemberId member, LocalDate day, int score) {
        if (score < MoodEntry.LOWEST || score > MoodEntry.HIGHEST) {
            throw new IllegalArgumentException("a mood score is between 1 and 5");
        }
        long epochDay = check(day);
        String key = key(member);
        List<byte[]> args = args(Long.toString(epochDay), Integer.toString(score), Long.toString(backstopSeconds));
        redis.hold(t -> {
            Supplier<Object> now = t.script(RECORD, List.of(bytes(key)), args);
            t.pipe().zadd(oldest, epochDay, member.value(), ZAddParams.zAddParams().lt());
            return () -> redis.knowValue(key, (byte[]) now.get());
        });
    }

    @Override
    public void addTag(MemberId member, LocalDate day, MoodTag tag) {
        long epochDay = check(day);
        String key = key(member);
        List<byte[]> args = args(Long.toString(epochDay), Integer.toString(tag.bit()));
        redis.hold(t -> {
            Supplier<Object> now = t.script(ADD_TAG, List.of(bytes(key)), args);
            return () -> redis.knowValue(key, (byte[]) now.get());
        });
    }

    @Override
    public List<MoodEntry> between(MemberId member, LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return List.of();
        }
        List<MoodEntry> out = new ArrayList<>();
        for (MoodEntry entry : entries(data(member))) {
            if (!entry.day().isBefore(from) && !entry.day().isAfter(to)) {
                out.add(entry);
            }
        }
        return out;
    }

    @Override
    public List<MoodEntry> latest(MemberId member, int count) {
        List<MoodEntry> entries = entries(data(member));
        List<MoodEntry> out = new ArrayList<>();
        for (int i = entries.size() - 1; i >= 0 && out.size() < count; i--) {
            out.add(entries.get(i));
        }
        return out;
    }

    @Override
    public int forgetBefore(LocalDate cutoff) {
        long cutoffDay = cutoff.toEpochDay();
        List<String> members = redis.call(j -> j.zrangeByScore(oldest, Double.NEGATIVE_INFINITY, cutoffDay - 1));
        for (int from = 0; from < members.size(); from += CUT_BATCH) {
            List<String> batch = members.subList(from, Math.min(members.size(), from + CUT_BATCH));
            List<Object> firstDays = redis.trip(t -> {
                List<Supplier<Object>> replies = new ArrayList<>();
                for (String member : batch) {
                    replies.add(t.script(CUT, List.of(bytes(key(new MemberId(member)))), args(Long.toString(cutoffDay))));
                }
                return () -> replies.stream().map(Supplier::get).toList();
            });
            redis.trip(t -> {
                for (int i = 0; i < batch.size(); i++) {
                    long first = (Long) firstDays.get(i);
                    if (first < 0) {
                        t.pipe().zrem(oldest, batch.get(i));
                    } else {
                        t.pipe().zadd(oldest, first, batch.get(i));
                    }
                }
                return () -> null;
            });
        }
        return members.size();
    }

    @Override
    public Object export(MemberId member) {
        return entries(data(member)).stream().map(MoodEntry::exportView).toList();
    }

    @Override
    public void forget(MemberId member) {
        String key = key(member);
        redis.trip(t -> {
            t.pipe().del(key);
            t.pipe().zrem(oldest, member.value());
            return () -> null;
        });
        redis.knowValue(key, null);
    }

    /** The member's string: as this turn knows it, else read (behind any writes the turn holds). */
    private byte[] data(MemberId member) {
        String key = key(member);
        Optional<Optional<byte[]>> known = redis.knownValue(key);
        if (known.isPresent()) {
            return known.get().orElse(null);
        }
        byte[] read = redis.trip(t -> t.pipe().get(bytes(key)));
        // A held write to this key answered in the same trip with the string as it left it: that wins.
        Optional<Optional<byte[]>> written = redis.knownValue(key);
        if (written.isPresent()) {
            return written.get().orElse(null);
        }
        redis.knowValue(key, read);
        return read;
    }

    static List<MoodEntry> entries(byte[] data) {
        if (data == null || data.length < 4) {
            return List.of();
        }
        long first = (data[0] & 0xff) << 8 | data[1] & 0xff;
        int days = ((data[2] & 0xff) << 8 | data[3] & 0xff) * 2;
        int tagAt = 4 + days / 2;
        List<MoodEntry> out = new ArrayList<>();
        for (int k = 0; k < days; k++) {
            int b = data[4 + k / 2] & 0xff;
            int nibble = k % 2 == 0 ? b >>> 4 : b & 0x0f;
            int mask = 0;
            if ((nibble & 8) != 0) {
                mask = tagAt < data.length ? data[tagAt] & 0xff : 0;
                tagAt++;
            }
            int score = nibble & 7;
            if (score >= MoodEntry.LOWEST && score <= MoodEntry.HIGHEST) {
                out.add(new MoodEntry(LocalDate.ofEpochDay(first + k), score, MoodTag.fromMask(mask)));
            }
        }
        return out;
    }

    private String key(MemberId member) {
        return redis.member(member, PART);
    }

    private static long check(LocalDate day) {
        long epochDay = day.toEpochDay();
        if (epochDay < 0 || epochDay > LAST_DAY) {
            throw new IllegalArgumentException("a mood day is between 1970 and 2147");
        }
        return epochDay;
    }
}
