package app.kindred.store.redis;

import app.kindred.core.member.MemberId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** On Redis the time of a crisis signal lives in a key that Redis deletes itself once the window is over. */
class RedisRecentSignalsTest {

    private final RedisStorePorts ports = TestRedis.freshStore();

    @AfterEach
    void close() {
        ports.close();
    }

    @Test
    void the_signal_key_expires_with_the_window() {
        MemberId member = new MemberId("m-in-crisis");
        RedisRecentSignals signals = new RedisRecentSignals(ports.redis(), Duration.ofDays(3));

        signals.record(member, Instant.parse("2026-12-01T08:00:00Z"));

        long ttl = ports.redis().call(j -> j.ttl(ports.redis().member(member, RedisRecentSignals.PART)));
        assertThat(ttl).isBetween(Duration.ofDays(3).toSeconds() - 60, Duration.ofDays(3).toSeconds());
    }
}
