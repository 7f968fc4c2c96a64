package app.kindred.core.checkin;

import app.kindred.core.testing.TestPlatform;
import app.kindred.store.redis.RedisScenarios;
import org.junit.jupiter.api.extension.ExtendWith;

/** The check-in scenarios again, on the Redis store, where each turn reads the member's hash once and holds idempotent writes. */
@ExtendWith(RedisScenarios.class)
class CheckinScenarioOnRedisTest extends CheckinScenarioTest {

    @Override
    TestPlatform platform() {
        return RedisScenarios.platform();
    }
}
