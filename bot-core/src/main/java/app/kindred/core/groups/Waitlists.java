package app.kindred.core.groups;

import app.kindred.core.member.MemberId;
import app.kindred.core.store.MemberData;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Storage port for topic waitlists: one queue per topic, front first, with an all-or-nothing claim so
 * two matchers never invite the same member twice. Shaped for Redis: a sorted set per topic (score =
 * place), a set of topics, and a set of topics per member.
 */
public interface Waitlists extends MemberData {

    /** Someone waiting, and since when (for the wait before a smaller group forms). */
    record Waiting(MemberId member, Instant since) {
    }

    /** Adds the member at the back; false when they already wait there. */
    boolean join(TopicKey topic, MemberId member, Instant at);

    /**
     * Puts these members at the front, ahead of everyone and in the order given (others in their group
     * declined or let an invitation lapse).
     */
    void returnToFront(TopicKey topic, List<MemberId> members, Instant since);

    /** Takes the member off; false when they were not waiting. */
    boolean leave(TopicKey topic, MemberId member);

    boolean isWaiting(TopicKey topic, MemberId member);

    /** Everyone waiting, front first. */
    List<Waiting> waiting(TopicKey topic);

    /** Topics with at least one member waiting. */
    Set<TopicKey> topics();

    /** Topics the member waits on. */
    List<TopicKey> topicsOf(MemberId member);

    /** Since when the member waits on the topic; empty when they do not. */
    Optional<Instant> waitingSince(TopicKey topic, MemberId member);

    /** Takes all these members off the topic's list at once, or nobody when any of them already left. */
    boolean claim(TopicKey topic, Collection<MemberId> members);

    @Override
    default String section() {
        return "waitlists";
    }

    @Override
    default Object export(MemberId member) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (TopicKey topic : topicsOf(member)) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("community", topic.community());
            entry.put("topic", topic.topic());
            entry.put("since", waitingSince(topic, member).map(Instant::toString).orElse(null));
            out.add(entry);
        }
        return out;
    }
}
