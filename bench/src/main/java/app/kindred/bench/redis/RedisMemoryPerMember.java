package app.kindred.bench.redis;

import app.kindred.bench.Benchmark;
import app.kindred.bench.Figure;
import app.kindred.core.checkin.CheckinSchedule;
import app.kindred.core.checkin.DueCheckin;
import app.kindred.core.contract.Platform;
import app.kindred.core.member.MemberId;
import app.kindred.core.member.MemberProfile;
import app.kindred.core.mood.MoodTag;
import app.kindred.store.redis.RedisStorePorts;
import redis.clients.jedis.RedisClient;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Random;

/**
 * Memory a member costs on Redis with a year of daily check-ins (a third of the days tagged), a profile,
 * a schedule, a pending check-in and recent answers: MEMORY USAGE of each of the member's keys, averaged
 * over members. Shared index entries (the due queue, the mood expiry index) are measured as the growth
 * of those keys per member.
 */
public final class RedisMemoryPerMember implements Benchmark {

    private static final int MEMBERS = 200;

    @Override
    public String id() {
        return "redis-memory";
    }

    @Override
    public List<Figure> run() throws Exception {
        String prefix = "kbmem" + Long.toString(System.nanoTime(), 36);
        try (RedisStorePorts store = RedisStorePorts.connect(RedisCoreThroughput.URL, prefix);
             RedisClient redis = RedisClient.create(URI.create(RedisCoreThroughput.URL))) {
            try {
                return List.of(measure(store, redis, prefix));
            } finally {
                RedisKeys.deleteAll(store, prefix);
            }
        }
    }

    private static Figure measure(RedisStorePorts store, RedisClient redis, String prefix) {
        Random random = new Random(7);
        LocalDate first = LocalDate.of(2025, 3, 2);
        Instant now = Instant.parse("2026-03-02T09:00:00Z");
        long total = 0;
        for (int i = 0; i < MEMBERS; i++) {
            MemberId member = new MemberId("bm" + String.format("%020d", i));
            byte[] sealed = new byte[60];
            random.nextBytes(sealed);
            store.members().save(new MemberProfile(member, Platform.TELEGRAM, "direct", sealed, "en", "GB",
                    "Europe/London", now, now, false, false));
            store.checkinSchedules().save(member, CheckinSchedule.daily(LocalTime.of(9, 0)));
            store.dueCheckins().plan(DueCheckin.regular(member, now.plusSeconds(86_400)));
            for (int day = 0; day < 365; day++) {
                LocalDate date = first.plusDays(day);
                store.moodHistory().record(member, date, 1 + random.nextInt(5));
                if (day % 3 == 0) {
                    store.moodHistory().addTag(member, date, MoodTag.values()[random.nextInt(MoodTag.values().length)]);
                }
            }
            for (int a = 0; a < 32; a++) {
                store.answeredCheckins().markAnswered(member, now.getEpochSecond() / 60 - a * 1440L);
            }
            for (String key : RedisKeys.matching(redis, store.redis().memberPattern(member))) {
                total += redis.memoryUsage(key, 0);
            }
        }
        for (String key : RedisKeys.matching(redis, prefix + ":{due}*")) {
            total += redis.memoryUsage(key, 0);
        }
        for (String key : RedisKeys.matching(redis, prefix + ":{moods}*")) {
            total += redis.memoryUsage(key, 0);
        }
        double perMember = total / (double) MEMBERS;
        return new Figure("redis memory per member", perMember, "bytes",
                "<= 1024 bytes, a year of moods, profile, schedule, pending check-in, 32 recent answers",
                perMember <= 1024);
    }
}
