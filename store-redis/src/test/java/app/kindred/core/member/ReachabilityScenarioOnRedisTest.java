package app.kindred.core.member;

import app.kindred.core.testing.TestPlatform;
import app.kindred.store.redis.RedisScenarios;
import org.junit.jupiter.api.extension.ExtendWith;

/** The reachability scenarios again, on the Redis store, where each turn reads the member's hash once and holds idempotent writes. */
@ExtendWith(RedisScenarios.class)
class ReachabilityScenarioOnRedisTest extends ReachabilityScenarioTest {

    @Override
    TestPlatform platform() {
        return RedisScenarios.platform();
    }
}
