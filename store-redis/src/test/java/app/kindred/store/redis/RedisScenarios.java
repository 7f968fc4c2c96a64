package app.kindred.store.redis;

import app.kindred.core.testing.TestPlatform;

import java.util.ArrayList;
import java.util.List;

/**
 * The core's conversation scenarios on the Redis store: each scenario class gets a platform on a fresh
 * key prefix, and every store opened this way is closed (its keys deleted) after each scenario.
 */
public final class RedisScenarios {

    private static final List<RedisStorePorts> OPEN = new ArrayList<>();

    private RedisScenarios() {
    }

    public static synchronized TestPlatform platform() {
        RedisStorePorts store = TestRedis.freshStore();
        OPEN.add(store);
        return TestPlatform.on(store);
    }

    public static synchronized void closeAll() {
        OPEN.forEach(RedisStorePorts::close);
        OPEN.clear();
    }
}
