package app.kindred.store.redis;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.RedisClient;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A Redis prefix is marked with the key layout on first start; keys in another layout stop the start. */
class RedisLayoutTest {

    private final String prefix = "kl" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    private final RedisClient redis = TestRedis.client();

    @AfterEach
    void deleteKeys() {
        TestRedis.keys(redis, prefix + ":*").forEach(redis::del);
        redis.close();
    }

    @Test
    void an_empty_prefix_is_marked_and_starts_again() {
        RedisStorePorts.connect(TestRedis.URL, prefix).close();

        assertThat(redis.get(prefix + ":{meta}:layout")).isEqualTo(RedisStorePorts.LAYOUT);
        RedisStorePorts.connect(TestRedis.URL, prefix).close();
    }

    @Test
    void keys_without_the_mark_are_from_an_earlier_layout_and_refused() {
        redis.hset(prefix + ":{sxb0JMByy1o5SOCvE-4ZsA}", "y2026", "1");

        assertThatThrownBy(() -> RedisStorePorts.connect(TestRedis.URL, prefix))
                .isInstanceOf(RedisLayoutException.class).hasMessageContaining("earlier Kindred");
        assertThat(redis.exists(prefix + ":{meta}:layout")).isFalse();
    }

    @Test
    void another_layouts_mark_is_refused() {
        redis.set(prefix + ":{meta}:layout", "3");

        assertThatThrownBy(() -> RedisStorePorts.connect(TestRedis.URL, prefix))
                .isInstanceOf(RedisLayoutException.class).hasMessageContaining("layout 3");
    }
}
