package app.kindred.core.tips;

import app.kindred.core.testing.TestPlatform;
import app.kindred.store.redis.RedisScenarios;
import org.junit.jupiter.api.AfterEach;

/** The tips scenarios again, on the Redis store, where each turn reads the member's hash once and holds idempotent writes. */
class TipsScenarioOnRedisTest extends TipsScenarioTest {

    @Override
    TestPlatform platform() {
        return RedisScenarios.platform();
    }

    @AfterEach
    void deleteKeys() {
        RedisScenarios.closeAll();
    }
}
