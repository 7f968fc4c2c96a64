package app.kindred.store.redis;

import app.kindred.core.contract.Platform;
import app.kindred.core.member.MemberId;
import app.kindred.core.member.MemberProfile;
import app.kindred.core.mood.MoodEntry;
import app.kindred.core.mood.MoodTag;
import app.kindred.core.store.StoreTurn;
import app.kindred.core.store.StoreUnavailableException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.RedisClient;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What a member's turn changes on Redis: one read of the member's hash, and mood writes held until the turn's next trip. */
class RedisTurnTest {

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    private final RedisStorePorts store = TestRedis.freshStore();
    private final RedisStorePorts otherInstance = new RedisStorePorts(new RedisStore(TestRedis.client(), store.redis().prefix()));
    private final RedisClient redis = TestRedis.client();

    @AfterEach
    void close() {
        otherInstance.redis().jedis().close();
        store.close();
        redis.close();
    }

    @Test
    void a_score_held_in_a_turn_is_read_back_in_the_turn_and_reaches_redis_when_the_turn_ends() {
        MemberId member = newMember();
        String moods = store.redis().member(member, RedisMoodHistory.PART);

        try (StoreTurn turn = store.beginTurn(member)) {
            store.moodHistory().record(member, TODAY, 2);
            store.moodHistory().addTag(member, TODAY, MoodTag.SLEEP);
            assertThat(redis.exists(moods)).as("held until the turn's next trip").isFalse();

            assertThat(store.moodHistory().latest(member, 5)).containsExactly(new MoodEntry(TODAY, 2, Set.of(MoodTag.SLEEP)));
            assertThat(redis.exists(moods)).isTrue();

            store.moodHistory().record(member, TODAY.minusDays(1), 4);
        }

        assertThat(otherInstance.moodHistory().latest(member, 5)).extracting(MoodEntry::score).containsExactly(2, 4);
    }

    @Test
    void a_held_write_redis_never_gets_fails_the_turn_when_it_ends() {
        RedisStorePorts unreachable = new RedisStorePorts(new RedisStore(RedisClient.create(URI.create("redis://127.0.0.1:1")), "kgone"));
        MemberId member = newMember();

        StoreTurn turn = unreachable.beginTurn(member);
        unreachable.moodHistory().record(member, TODAY, 3);

        assertThatThrownBy(turn::close).isInstanceOf(StoreUnavailableException.class);
        unreachable.redis().jedis().close();
    }

    @Test
    void the_members_hash_is_read_once_per_turn_and_afresh_in_the_next() {
        MemberId member = newMember();
        store.members().save(profile(member, "en"));

        try (StoreTurn turn = store.beginTurn(member)) {
            assertThat(store.members().find(member)).get().extracting(MemberProfile::language).isEqualTo("en");
            otherInstance.members().save(profile(member, "de"));
            assertThat(store.members().find(member)).get().extracting(MemberProfile::language).isEqualTo("en");
            assertThat(store.answeredCheckins().markAnswered(member, NOW.getEpochSecond() / 60)).isTrue();
            assertThat(store.answeredCheckins().isAnswered(member, NOW.getEpochSecond() / 60)).isTrue();
        }

        try (StoreTurn turn = store.beginTurn(member)) {
            assertThat(store.members().find(member)).get().extracting(MemberProfile::language).isEqualTo("de");
        }
    }

    @Test
    void a_group_record_another_instance_changed_during_a_turn_keeps_both_changes() {
        MemberId member = newMember();
        store.groupMembers().update(member, m -> m.withChosenName("Sam"));

        try (StoreTurn turn = store.beginTurn(member)) {
            assertThat(store.groupMembers().find(member)).isPresent();
            otherInstance.groupMembers().update(member, m -> m.withChosenName("Robin"));
            store.groupMembers().update(member, m -> m.withChosenName(m.chosenName() + " and Kim"));
        }

        assertThat(otherInstance.groupMembers().find(member)).get()
                .satisfies(m -> assertThat(m.chosenName()).isEqualTo("Robin and Kim"));
    }

    private static MemberProfile profile(MemberId member, String language) {
        return new MemberProfile(member, Platform.SLACK, "T1", new byte[] {1, 2, 3}, language, "GB", "Europe/London",
                NOW, NOW, false, false);
    }

    private static MemberId newMember() {
        return new MemberId("t" + UUID.randomUUID().toString().replace("-", "").substring(0, 21));
    }
}
