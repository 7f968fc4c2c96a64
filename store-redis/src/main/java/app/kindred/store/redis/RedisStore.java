package app.kindred.store.redis;

import app.kindred.core.member.MemberId;
import app.kindred.core.store.StoreUnavailableException;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.exceptions.JedisException;

import java.nio.charset.StandardCharsets;
import java.util.function.Function;

/**
 * One Redis connection pool and the key layout every port shares. Keys of one member carry the member's
 * id as a hash tag ({@code k:{id}}, {@code k:{id}:a}, ...) so they live in one cluster slot and forget
 * can delete them in one command; global indexes carry their own tag ({@code k:{due}:q}) so each
 * script touches one slot only.
 */
public final class RedisStore implements AutoCloseable {

    private final UnifiedJedis jedis;
    private final String prefix;
    private Runnable beforeClose = () -> { };

    public RedisStore(UnifiedJedis jedis, String prefix) {
        if (prefix.isEmpty() || prefix.contains("{") || prefix.contains("}")) {
            throw new IllegalArgumentException("a key prefix is a plain word");
        }
        this.jedis = jedis;
        this.prefix = prefix;
    }

    /** Runs commands, turning a Redis that does not answer into the core's "try again" failure. */
    <T> T call(Function<UnifiedJedis, T> commands) {
        try {
            return commands.apply(jedis);
        } catch (JedisException e) {
            throw new StoreUnavailableException("Redis did not answer (" + e.getClass().getSimpleName() + ")", e);
        }
    }

    void run(java.util.function.Consumer<UnifiedJedis> commands) {
        call(j -> {
            commands.accept(j);
            return null;
        });
    }

    /** The member's hash: profile, schedule, group settings and which mood years exist, one field each. */
    public String member(MemberId member) {
        return prefix + ":{" + member.value() + "}";
    }

    /** Another key of the member's, in the same slot as their hash. */
    public String member(MemberId member, String part) {
        return member(member) + ":" + part;
    }

    /** A key of a global index; {@code area} is its hash tag. */
    String global(String area, String part) {
        return prefix + ":{" + area + "}:" + part;
    }

    /** The pattern matching every key of a member (what forget must leave empty). */
    public String memberPattern(MemberId member) {
        return prefix + ":{" + member.value() + "}*";
    }

    public String prefix() {
        return prefix;
    }

    UnifiedJedis jedis() {
        return jedis;
    }

    static byte[] bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }

    static String text(byte[] value) {
        return value == null ? null : new String(value, StandardCharsets.UTF_8);
    }

    boolean ping() {
        try {
            return "PONG".equalsIgnoreCase(jedis.ping());
        } catch (JedisException e) {
            return false;
        }
    }

    /** Something to do while the connection is still open at close (tests delete their key space). */
    void beforeClose(Runnable action) {
        this.beforeClose = action;
    }

    @Override
    public void close() {
        try {
            beforeClose.run();
        } finally {
            jedis.close();
        }
    }
}
