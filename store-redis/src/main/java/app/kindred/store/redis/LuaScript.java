package app.kindred.store.redis;

import redis.clients.jedis.Response;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.exceptions.JedisNoScriptException;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;

/**
 * A Lua script run by its SHA (one short round trip); when Redis does not know it yet (after a restart or
 * a failover) it is sent once in full. Scripts only touch keys of one hash tag, so they are cluster-safe.
 */
final class LuaScript {

    private final String source;
    private final byte[] sha;

    LuaScript(String source) {
        this.source = source;
        this.sha = sha1(source).getBytes(StandardCharsets.US_ASCII);
    }

    Object run(UnifiedJedis jedis, List<byte[]> keys, List<byte[]> args) {
        try {
            return jedis.evalsha(sha, keys, args);
        } catch (JedisNoScriptException unknown) {
            return jedis.eval(source.getBytes(StandardCharsets.UTF_8), keys, args);
        }
    }

    /**
     * Queues the script in a trip; the reply, once the trip is back, is the script's answer, or, when Redis
     * did not know the script, the answer of sending it in full right then.
     */
    Supplier<Object> send(RedisStore.Trip trip, List<byte[]> keys, List<byte[]> args) {
        Response<Object> reply = trip.pipe().evalsha(sha, keys, args);
        return new Supplier<>() {
            private Object answer;
            private boolean answered;

            @Override
            public Object get() {
                if (!answered) {
                    try {
                        answer = reply.get();
                    } catch (JedisNoScriptException unknown) {
                        answer = trip.jedis().eval(source.getBytes(StandardCharsets.UTF_8), keys, args);
                    }
                    answered = true;
                }
                return answer;
            }
        };
    }

    private static String sha1(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
