package app.kindred.app.store;

import app.kindred.core.contract.Platform;
import app.kindred.core.member.MemberId;
import app.kindred.core.member.MemberProfile;
import app.kindred.core.store.StorePorts;
import app.kindred.store.redis.RedisStorePorts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.params.ScanParams;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With kindred.store=redis Kindred runs on the local Redis (127.0.0.1:6379, which the tests need and
 * fail without): the store's health is a PING, and what the app stores lands in Redis under its prefix.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RedisStoreStartTest {

    private static final String PREFIX = "kapp" + UUID.randomUUID().toString().substring(0, 8);

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void onTheLocalRedis(DynamicPropertyRegistry registry) {
        registry.add("kindred.data-dir", () -> dataDir.resolve("data").toString());
        registry.add("kindred.store", () -> "redis");
        registry.add("kindred.redis.url", () -> "redis://127.0.0.1:6379/0");
        registry.add("kindred.redis.prefix", () -> PREFIX);
    }

    @LocalServerPort
    int port;

    @Autowired
    StorePorts store;

    @Test
    void the_store_is_redis_and_its_health_is_a_ping() throws Exception {
        HttpResponse<String> health = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(store).isInstanceOf(RedisStorePorts.class);
        assertThat(health.body()).contains("\"store\":{\"status\":\"UP\"}");
    }

    @Test
    void a_profile_the_app_saves_is_a_key_under_the_prefix() {
        MemberId member = new MemberId("appstart" + UUID.randomUUID().toString().replace("-", "").substring(0, 12));
        store.members().save(new MemberProfile(member, Platform.WEB, "local", new byte[] {1}, "en", null, null,
                Instant.parse("2026-03-02T09:00:00Z"), null, false, false));

        try (RedisClient redis = RedisClient.create(URI.create("redis://127.0.0.1:6379/0"))) {
            assertThat(redis.exists(PREFIX + ":{" + member.value() + "}")).isTrue();
        }
    }

    @AfterAll
    static void deleteWhatTheAppWrote() {
        try (RedisClient redis = RedisClient.create(URI.create("redis://127.0.0.1:6379/0"))) {
            List<String> keys = redis.scan(ScanParams.SCAN_POINTER_START, new ScanParams().match(PREFIX + ":*").count(10_000))
                    .getResult();
            if (!keys.isEmpty()) {
                redis.del(keys.toArray(String[]::new));
            }
        }
    }
}
