package app.kindred.store.redis;

import app.kindred.core.crisis.RecentSignals;
import app.kindred.core.member.MemberId;
import app.kindred.core.store.MemberData;
import app.kindred.core.store.StorePortSet;
import app.kindred.core.store.StoreTurn;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.params.ScanParams;
import redis.clients.jedis.resps.ScanResult;

import java.net.URI;
import java.time.Duration;
import java.util.List;

/**
 * Every storage port on Redis. Member data lives under the member's hash tag; global indexes (due
 * check-ins, follow-ups, mood expiry, group deadlines, waitlists) under their own tags. Nothing holds
 * message text.
 */
public final class RedisStorePorts extends StorePortSet {

    /** A member's moods expire this long after their last score, behind the daily retention job. */
    static final Duration MOOD_BACKSTOP = Duration.ofDays(366 + 31);

    private final RedisStore redis;

    public RedisStorePorts(RedisStore redis) {
        super(new RedisMembers(redis), new RedisRecentSignals(redis, RecentSignals.KEPT_FOR),
                new RedisFollowUps(redis), new RedisCheckinSchedules(redis), new RedisDueCheckins(redis),
                new RedisAnsweredCheckins(redis), new RedisMoodHistory(redis, MOOD_BACKSTOP),
                new RedisTipProgress(redis), new RedisWaitlists(redis), new RedisGroupRecords(redis),
                new RedisGroupMembers(redis));
        this.redis = redis;
    }

    /** The key layout this build writes; kept under {@code <prefix>:{meta}:layout}. */
    static final String LAYOUT = "2";

    /**
     * Connects to the Redis at {@code url} (redis://[user:password@]host:port[/db]), checks it answers,
     * and checks that the keys under the prefix are in this build's layout (marking an empty prefix so).
     *
     * @throws redis.clients.jedis.exceptions.JedisException when it does not answer
     * @throws RedisLayoutException when the prefix holds keys in another layout
     */
    public static RedisStorePorts connect(String url, String prefix) {
        RedisClient client = RedisClient.create(URI.create(url));
        try {
            client.ping();
            checkLayout(client, prefix);
        } catch (RuntimeException noAnswerOrOtherLayout) {
            client.close();
            throw noAnswerOrOtherLayout;
        }
        return new RedisStorePorts(new RedisStore(client, prefix));
    }

    /**
     * An empty prefix is marked with this layout; a marked one must carry it. Keys without a mark were
     * written by a build from before the mark (another layout), and are refused.
     */
    static void checkLayout(RedisClient client, String prefix) {
        String marker = prefix + ":{meta}:layout";
        String found = client.get(marker);
        if (found == null) {
            ScanParams anyKey = new ScanParams().match(prefix + ":*").count(1000);
            String cursor = ScanParams.SCAN_POINTER_START;
            do {
                ScanResult<String> page = client.scan(cursor, anyKey);
                if (!page.getResult().isEmpty()) {
                    throw new RedisLayoutException("the Redis keys under prefix '" + prefix + "' were written by an "
                            + "earlier Kindred in a layout this one does not read");
                }
                cursor = page.getCursor();
            } while (!cursor.equals(ScanParams.SCAN_POINTER_START));
            client.set(marker, LAYOUT);
        } else if (!found.equals(LAYOUT)) {
            throw new RedisLayoutException("the Redis keys under prefix '" + prefix + "' are in layout " + found
                    + ", which this Kindred does not read (it reads layout " + LAYOUT + ")");
        }
    }

    /** The parts of a member's keys beside their hash ({@code k:{id}:<part>}), for forget. */
    static List<String> memberKeyParts() {
        return List.of(RedisMoodHistory.PART, RedisTipProgress.PART, RedisRecentSignals.PART,
                RedisFollowUps.PART, RedisWaitlists.PART, RedisGroupRecords.PART);
    }

    /** The store underneath, for tests and benchmarks that look at keys. */
    public RedisStore redis() {
        return redis;
    }

    /**
     * Ports that keep entries in global indexes come first, while the member's keys still say where
     * those entries are; the profile comes last and deletes every key of the member in one command.
     */
    @Override
    public List<MemberData> memberData() {
        return List.of(dueCheckins(), followUps(), moodHistory(), waitlists(), groupRecords(), recentSignals(),
                checkinSchedules(), answeredCheckins(), tipProgress(), groupMembers(), members());
    }

    /**
     * Reads the member's hash once for the turn and holds idempotent writes for the turn's next trip
     * (see {@link RedisStore}).
     */
    @Override
    public StoreTurn beginTurn(MemberId member) {
        return redis.beginTurn(member);
    }

    /** Redis writes are durable as configured on the server (AOF); a turn's held writes are sent when it ends. */
    @Override
    public void flush() {
    }

    @Override
    public boolean isHealthy() {
        return redis.ping();
    }

    @Override
    public void close() {
        redis.close();
    }
}
