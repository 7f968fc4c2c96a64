package app.kindred.store.redis;

import app.kindred.core.member.MemberId;
import app.kindred.core.mood.MoodEntry;
import app.kindred.core.mood.MoodHistory;
import app.kindred.core.mood.MoodTag;
import app.kindred.core.store.MemberData;
import redis.clients.jedis.AbstractPipeline;
import redis.clients.jedis.Response;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.params.ZAddParams;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import static app.kindred.store.redis.RedisStore.bytes;

/**
 * Mood history on Redis, a byte per day: one string per member and year ({@code k:{id}:m2026}) whose byte
 * at the day of the year is the score (0 = no check-in), followed, only once a day of that year has tags,
 * by a second run of 366 bytes holding the tag masks. The member's hash marks which years exist
 * ({@code y2026}), and a sorted set under the tag {moods} holds each member's oldest day, so expiry finds
 * who has old days without scanning everyone. Each year key expires a backstop time after its last write.
 */
final class RedisMoodHistory implements MoodHistory, MemberData {

    static final int DAYS = 366;
    private static final String YEAR_FIELD = "y";

    private static final LuaScript ADD_TAG = new LuaScript("""
            local day = tonumber(ARGV[1])
            local s = redis.call('GETRANGE', KEYS[1], day, day)
            if s == '' or string.byte(s) == 0 then return 0 end
            local at = 366 + day
            local t = redis.call('GETRANGE', KEYS[1], at, at)
            local mask = 0
            if t ~= '' then mask = string.byte(t) end
            redis.call('SETRANGE', KEYS[1], at, string.char(bit.bor(mask, tonumber(ARGV[2]))))
            return 1""");

    /** Clears the first ARGV[1] days of a year (scores and tags); answers the first day left, or -1 when none. */
    private static final LuaScript CUT_YEAR = new LuaScript("""
            local len = redis.call('STRLEN', KEYS[1])
            if len == 0 then return -1 end
            local n = tonumber(ARGV[1])
            if n > 0 then
              redis.call('SETRANGE', KEYS[1], 0, string.rep('\\0', math.min(n, len)))
              if len > 366 then redis.call('SETRANGE', KEYS[1], 366, string.rep('\\0', math.min(n, len - 366))) end
            end
            local v = redis.call('GETRANGE', KEYS[1], 0, 365)
            for i = 1, #v do
              if string.byte(v, i) ~= 0 then return i - 1 end
            end
            redis.call('DEL', KEYS[1])
            return -1""");

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
        byte[] key = bytes(yearKey(redis, member, day.getYear()));
        redis.run(j -> {
            try (AbstractPipeline pipe = j.pipelined()) {
                pipe.setrange(key, day.getDayOfYear() - 1, new byte[] {(byte) score});
                pipe.expire(key, backstopSeconds);
                pipe.hset(redis.member(member), YEAR_FIELD + day.getYear(), "1");
                pipe.zadd(oldest, day.toEpochDay(), member.value(), ZAddParams.zAddParams().lt());
                pipe.sync();
            }
        });
    }

    @Override
    public void addTag(MemberId member, LocalDate day, MoodTag tag) {
        redis.run(j -> ADD_TAG.run(j, List.of(bytes(yearKey(redis, member, day.getYear()))),
                RedisDueCheckins.args(Integer.toString(day.getDayOfYear() - 1), Integer.toString(tag.bit()))));
    }

    @Override
    public List<MoodEntry> between(MemberId member, LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return List.of();
        }
        List<Integer> years = new ArrayList<>();
        if (to.getYear() - from.getYear() <= 3) {
            for (int year = from.getYear(); year <= to.getYear(); year++) {
                years.add(year);
            }
        } else {
            years.addAll(years(member).subSet(from.getYear(), true, to.getYear(), true));
        }
        List<MoodEntry> out = new ArrayList<>();
        for (Map.Entry<Integer, byte[]> year : load(member, years).entrySet()) {
            for (MoodEntry entry : entries(year.getKey(), year.getValue())) {
                if (!entry.day().isBefore(from) && !entry.day().isAfter(to)) {
                    out.add(entry);
                }
            }
        }
        return out;
    }

    @Override
    public List<MoodEntry> latest(MemberId member, int count) {
        List<MoodEntry> out = new ArrayList<>();
        for (int year : years(member).descendingSet()) {
            byte[] data = load(member, List.of(year)).get(year);
            if (data == null) {
                continue;
            }
            List<MoodEntry> entries = entries(year, data);
            for (int i = entries.size() - 1; i >= 0 && out.size() < count; i--) {
                out.add(entries.get(i));
            }
            if (out.size() >= count) {
                break;
            }
        }
        return out;
    }

    @Override
    public int forgetBefore(LocalDate cutoff) {
        long cutoffDay = cutoff.toEpochDay();
        List<String> members = redis.call(j -> j.zrangeByScore(oldest, Double.NEGATIVE_INFINITY, cutoffDay - 1));
        for (String value : members) {
            MemberId member = new MemberId(value);
            redis.run(j -> cut(j, member, cutoff));
        }
        return members.size();
    }

    /** Drops the member's days before the cutoff and moves their oldest day in the index (or removes it). */
    private void cut(UnifiedJedis j, MemberId member, LocalDate cutoff) {
        Long newOldest = null;
        for (int year : years(member)) {
            String key = yearKey(redis, member, year);
            int clear = year < cutoff.getYear() ? DAYS : year == cutoff.getYear() ? cutoff.getDayOfYear() - 1 : 0;
            long first = (Long) CUT_YEAR.run(j, List.of(bytes(key)), RedisDueCheckins.args(Integer.toString(clear)));
            if (first < 0) {
                j.hdel(redis.member(member), YEAR_FIELD + year);
            } else if (newOldest == null) {
                newOldest = LocalDate.ofYearDay(year, (int) first + 1).toEpochDay();
            }
        }
        if (newOldest == null) {
            j.zrem(oldest, member.value());
        } else {
            j.zadd(oldest, newOldest, member.value());
        }
    }

    @Override
    public String section() {
        return "moods";
    }

    @Override
    public Object export(MemberId member) {
        List<Object> out = new ArrayList<>();
        for (Map.Entry<Integer, byte[]> year : load(member, List.copyOf(years(member))).entrySet()) {
            for (MoodEntry entry : entries(year.getKey(), year.getValue())) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("day", entry.day().toString());
                row.put("score", entry.score());
                row.put("tags", entry.tags().stream().map(MoodTag::key).sorted().toList());
                out.add(row);
            }
        }
        return out.isEmpty() ? List.of() : out;
    }

    @Override
    public void forget(MemberId member) {
        redis.run(j -> {
            List<String> keys = yearKeys(redis, j, member);
            try (AbstractPipeline pipe = j.pipelined()) {
                if (!keys.isEmpty()) {
                    pipe.del(keys.toArray(String[]::new));
                    pipe.hdel(redis.member(member), keys.stream()
                            .map(k -> YEAR_FIELD + k.substring(k.lastIndexOf(":m") + 2)).toArray(String[]::new));
                }
                pipe.zrem(oldest, member.value());
                pipe.sync();
            }
        });
    }

    /** The keys of every mood year the member has. */
    static List<String> yearKeys(RedisStore redis, UnifiedJedis j, MemberId member) {
        List<String> keys = new ArrayList<>();
        for (String field : j.hkeys(redis.member(member))) {
            if (field.startsWith(YEAR_FIELD)) {
                keys.add(yearKey(redis, member, Integer.parseInt(field.substring(YEAR_FIELD.length()))));
            }
        }
        return keys;
    }

    private TreeSet<Integer> years(MemberId member) {
        TreeSet<Integer> years = new TreeSet<>();
        for (String field : redis.call(j -> j.hkeys(redis.member(member)))) {
            if (field.startsWith(YEAR_FIELD)) {
                years.add(Integer.parseInt(field.substring(YEAR_FIELD.length())));
            }
        }
        return years;
    }

    /** The year strings that exist, in year order, in one round trip. */
    private Map<Integer, byte[]> load(MemberId member, List<Integer> years) {
        Map<Integer, byte[]> out = new java.util.TreeMap<>();
        if (years.isEmpty()) {
            return out;
        }
        redis.run(j -> {
            List<Response<byte[]>> replies = new ArrayList<>();
            try (AbstractPipeline pipe = j.pipelined()) {
                for (int year : years) {
                    replies.add(pipe.get(bytes(yearKey(redis, member, year))));
                }
                pipe.sync();
            }
            for (int i = 0; i < years.size(); i++) {
                byte[] data = replies.get(i).get();
                if (data != null) {
                    out.put(years.get(i), data);
                }
            }
        });
        return out;
    }

    private static List<MoodEntry> entries(int year, byte[] data) {
        List<MoodEntry> out = new ArrayList<>();
        int days = Math.min(DAYS, data.length);
        for (int at = 0; at < days && at < LocalDate.ofYearDay(year, 1).lengthOfYear(); at++) {
            int score = data[at];
            if (score >= MoodEntry.LOWEST && score <= MoodEntry.HIGHEST) {
                int mask = DAYS + at < data.length ? data[DAYS + at] : 0;
                out.add(new MoodEntry(LocalDate.ofYearDay(year, at + 1), score, MoodTag.fromMask(mask)));
            }
        }
        return out;
    }

    static String yearKey(RedisStore redis, MemberId member, int year) {
        return redis.member(member, "m" + year);
    }
}
