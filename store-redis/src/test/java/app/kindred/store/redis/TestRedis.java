package app.kindred.store.redis;

import redis.clients.jedis.RedisClient;
import redis.clients.jedis.params.ScanParams;
import redis.clients.jedis.resps.ScanResult;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The local Redis the tests use (127.0.0.1:6379, or {@code -Dkindred.test.redis-url}). Each store opened
 * here has its own key prefix and deletes its keys when closed, so runs never collide. A Redis that does
 * not answer fails the test with a sentence saying so; it is never skipped.
 */
public final class TestRedis {

    static final String URL = System.getProperty("kindred.test.redis-url", "redis://127.0.0.1:6379/0");

    private TestRedis() {
    }

    /** A fresh store on its own key prefix; closing it deletes every key it wrote. */
    public static RedisStorePorts freshStore() {
        String prefix = "kt" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        RedisClient client = client();
        RedisStore store = new RedisStore(client, prefix);
        store.beforeClose(() -> {
            List<String> written = keys(client, prefix + ":*");
            if (!written.isEmpty()) {
                client.del(written.toArray(String[]::new));
            }
        });
        return new RedisStorePorts(store);
    }

    public static RedisClient client() {
        RedisClient client = RedisClient.create(URI.create(URL));
        try {
            client.ping();
        } catch (RuntimeException e) {
            client.close();
            throw new AssertionError("The Redis store tests need a Redis at " + URL + ", and it does not answer ("
                    + e.getMessage() + "): start one (redis-server), or point -Dkindred.test.redis-url at one.", e);
        }
        return client;
    }

    /** Every key matching a pattern, by SCAN. */
    public static List<String> keys(RedisClient client, String pattern) {
        List<String> found = new ArrayList<>();
        String cursor = ScanParams.SCAN_POINTER_START;
        do {
            ScanResult<String> page = client.scan(cursor, new ScanParams().match(pattern).count(1000));
            found.addAll(page.getResult());
            cursor = page.getCursor();
        } while (!cursor.equals(ScanParams.SCAN_POINTER_START));
        return found;
    }

}
