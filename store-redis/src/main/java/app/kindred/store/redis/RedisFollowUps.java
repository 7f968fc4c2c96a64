package app.kindred.store.redis;

import app.kindred.core.crisis.followup.FollowUp;
import app.kindred.core.crisis.followup.FollowUps;
import app.kindred.core.crisis.followup.StoredFollowUp;
import app.kindred.core.member.MemberId;
import redis.clients.jedis.AbstractPipeline;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Follow-ups on Redis: the follow-up in a key of the member's ("due|language|sealed address") that
 * expires a week after it is written, and a sorted set of members by due time under the tag {followups}.
 * A claim is won by whoever's ZREM removes the member from the index, so a follow-up is sent once.
 */
final class RedisFollowUps implements FollowUps {

    static final String PART = "f";
    private static final Duration KEPT_AFTER_WRITE = Duration.ofDays(7);

    private final RedisStore redis;
    private final String index;

    RedisFollowUps(RedisStore redis) {
        this.redis = redis;
        this.index = redis.global("followups", "due");
    }

    @Override
    public void schedule(FollowUp followUp) {
        String key = redis.member(followUp.member(), PART);
        redis.run(j -> {
            try (AbstractPipeline pipe = j.pipelined()) {
                pipe.setex(key, KEPT_AFTER_WRITE.toSeconds(), StoredFollowUp.encode(followUp));
                pipe.zadd(index, followUp.due().getEpochSecond(), followUp.member().value());
                pipe.sync();
            }
        });
    }

    @Override
    public Optional<FollowUp> find(MemberId member) {
        String record = redis.call(j -> j.get(redis.member(member, PART)));
        return Optional.ofNullable(record).map(r -> StoredFollowUp.decode(member, r));
    }

    @Override
    public List<FollowUp> claimDue(Instant now, int limit) {
        List<String> due = redis.call(j -> j.zrangeByScore(index, Double.NEGATIVE_INFINITY, now.getEpochSecond(), 0, limit));
        List<FollowUp> claimed = new ArrayList<>();
        for (String value : due) {
            MemberId member = new MemberId(value);
            if (redis.call(j -> j.zrem(index, value)) != 1L) {
                continue; // another instance won it
            }
            String record = redis.call(j -> j.getDel(redis.member(member, PART)));
            if (record == null) {
                continue; // expired or forgotten meanwhile
            }
            FollowUp followUp = StoredFollowUp.decode(member, record);
            if (followUp.due().isAfter(now)) {
                schedule(followUp); // moved later between the read and the claim
            } else {
                claimed.add(followUp);
            }
        }
        return claimed;
    }

    @Override
    public void forget(MemberId member) {
        redis.run(j -> {
            try (AbstractPipeline pipe = j.pipelined()) {
                pipe.del(redis.member(member, PART));
                pipe.zrem(index, member.value());
                pipe.sync();
            }
        });
    }
}
