package app.kindred.store.redis;

import app.kindred.core.checkin.CheckinSchedule;
import app.kindred.core.checkin.DueCheckin;
import app.kindred.core.contract.Platform;
import app.kindred.core.crisis.followup.FollowUp;
import app.kindred.core.groups.Group;
import app.kindred.core.groups.GroupId;
import app.kindred.core.groups.Seat;
import app.kindred.core.groups.TopicKey;
import app.kindred.core.member.MemberId;
import app.kindred.core.member.MemberProfile;
import app.kindred.core.mood.MoodTag;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.RedisClient;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Forget leaves no key tagged with the member, and no entry naming them in any global index. */
class RedisForgetTest {

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

    private final RedisStorePorts store = TestRedis.freshStore();
    private final RedisClient redis = TestRedis.client();

    @AfterEach
    void close() {
        store.close();
        redis.close();
    }

    @Test
    void after_forget_a_scan_for_the_members_hash_tag_finds_nothing() {
        MemberId member = newMember();
        MemberId other = newMember();
        everythingAbout(member);
        everythingAbout(other);
        assertThat(TestRedis.keys(redis, store.redis().memberPattern(member))).containsExactlyInAnyOrderElementsOf(keysOf(member));

        store.memberData().forEach(port -> port.forget(member));

        assertThat(TestRedis.keys(redis, store.redis().memberPattern(member))).isEmpty();
        assertThat(TestRedis.keys(redis, store.redis().memberPattern(other))).containsExactlyInAnyOrderElementsOf(keysOf(other));
        assertThat(store.members().find(other)).isPresent();
    }

    @Test
    void after_forget_no_global_index_names_the_member() {
        MemberId member = newMember();
        everythingAbout(member);

        store.memberData().forEach(port -> port.forget(member));

        String prefix = store.redis().prefix();
        for (String key : TestRedis.keys(redis, prefix + ":*")) {
            String type = redis.type(key);
            String contents = switch (type) {
                case "zset" -> String.join(",", redis.zrange(key, 0, -1));
                case "hash" -> String.join(",", redis.hkeys(key));
                case "set" -> String.join(",", redis.smembers(key));
                default -> redis.get(key);
            };
            assertThat(contents).as("%s (%s)", key, type).doesNotContain(member.value());
        }
    }

    /** Every key a member with everything has: the hash and one key per part beside it. */
    private List<String> keysOf(MemberId member) {
        List<String> keys = new java.util.ArrayList<>();
        keys.add(store.redis().member(member));
        RedisStorePorts.memberKeyParts().forEach(part -> keys.add(store.redis().member(member, part)));
        return keys;
    }

    private void everythingAbout(MemberId member) {
        store.members().save(new MemberProfile(member, Platform.SLACK, "T1", new byte[] {7, 7}, "en", "GB",
                "Europe/London", NOW, NOW, false, false));
        store.checkinSchedules().save(member, CheckinSchedule.daily(LocalTime.NOON));
        store.dueCheckins().plan(DueCheckin.regular(member, NOW.plus(Duration.ofDays(1))));
        store.dueCheckins().plan(DueCheckin.snoozed(member, NOW.plus(Duration.ofHours(1)), NOW.getEpochSecond() / 60));
        store.answeredCheckins().markAnswered(member, NOW.getEpochSecond() / 60);
        store.moodHistory().record(member, LocalDate.of(2025, 12, 30), 2);
        store.moodHistory().record(member, LocalDate.of(2026, 3, 1), 4);
        store.moodHistory().addTag(member, LocalDate.of(2026, 3, 1), MoodTag.SLEEP);
        store.tipProgress().markSeen(member, "empathy");
        store.recentSignals().record(member, NOW);
        store.followUps().schedule(new FollowUp(member, NOW.plus(Duration.ofDays(1)), new byte[] {1}, "en"));
        TopicKey topic = new TopicKey(Platform.SLACK, "T1", "anxiety");
        store.waitlists().join(topic, member, NOW);
        store.groupMembers().update(member, m -> m.withChosenName("Sam"));
        Group group = Group.invite(GroupId.random(), new TopicKey(Platform.SLACK, "T1", "grief"), "en", Group.Mode.SPACE,
                List.of(new Seat(member, 0, Seat.State.INVITED, "", true), new Seat(newMember(), 1, Seat.State.INVITED, "", false)),
                NOW, NOW.plus(Duration.ofHours(48)));
        store.groupRecords().create(group);
    }

    private static MemberId newMember() {
        return new MemberId("f" + UUID.randomUUID().toString().replace("-", "").substring(0, 20));
    }
}
