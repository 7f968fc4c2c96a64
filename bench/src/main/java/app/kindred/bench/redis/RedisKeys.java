package app.kindred.bench.redis;

import app.kindred.store.redis.RedisStorePorts;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.params.ScanParams;
import redis.clients.jedis.resps.ScanResult;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/** Finds and deletes a benchmark's keys, so a run leaves the Redis as it found it. */
final class RedisKeys {

    private RedisKeys() {
    }

    static List<String> matching(RedisClient redis, String pattern) {
        List<String> found = new ArrayList<>();
        String cursor = ScanParams.SCAN_POINTER_START;
        do {
            ScanResult<String> page = redis.scan(cursor, new ScanParams().match(pattern).count(5000));
            found.addAll(page.getResult());
            cursor = page.getCursor();
        } while (!cursor.equals(ScanParams.SCAN_POINTER_START));
        return found;
    }

    static void deleteAll(RedisStorePorts store, String prefix) {
        try (RedisClient redis = RedisClient.create(URI.create(RedisCoreThroughput.URL))) {
            List<String> keys = matching(redis, prefix + ":*");
            for (int i = 0; i < keys.size(); i += 1000) {
                redis.del(keys.subList(i, Math.min(keys.size(), i + 1000)).toArray(String[]::new));
            }
        }
    }
}
