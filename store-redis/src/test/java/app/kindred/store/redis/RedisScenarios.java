package app.kindred.store.redis;

import app.kindred.core.testing.TestPlatform;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.util.ArrayList;
import java.util.List;

/**
 * The core's conversation scenarios on the Redis store: a scenario class runs on a platform from
 * {@link #platform()}, on a fresh key prefix, and extended with this class it has every store opened so
 * closed (its keys deleted) after each scenario.
 */
public final class RedisScenarios implements AfterEachCallback {

    private static final List<RedisStorePorts> OPEN = new ArrayList<>();

    public static synchronized TestPlatform platform() {
        RedisStorePorts store = TestRedis.freshStore();
        OPEN.add(store);
        return TestPlatform.on(store);
    }

    private static synchronized void closeAll() {
        OPEN.forEach(RedisStorePorts::close);
        OPEN.clear();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        closeAll();
    }
}
