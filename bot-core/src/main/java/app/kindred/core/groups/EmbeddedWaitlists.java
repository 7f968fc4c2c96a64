package app.kindred.core.groups;

import app.kindred.core.member.MemberId;
import app.kindred.core.store.EmbeddedStore;
import app.kindred.core.store.MemberData;
import org.h2.mvstore.MVMap;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static app.kindred.core.groups.SortableKeys.SEPARATOR;

/**
 * Waitlists in the embedded store. Entries are keyed topic + place + member in one ordered map, so a
 * topic's queue is a range scan; a second map finds a member's place, a third their topics.
 */
public final class EmbeddedWaitlists implements Waitlists, MemberData {

    private final MVMap<String, Long> entries;
    private final MVMap<String, String> places;
    private final MVMap<String, Integer> counts;
    private final MVMap<String, String> memberTopics;

    public EmbeddedWaitlists(EmbeddedStore store) {
        this.entries = store.map("waitlist-entries");
        this.places = store.map("waitlist-places");
        this.counts = store.map("waitlist-counts");
        this.memberTopics = store.map("waitlist-member-topics");
    }

    @Override
    public synchronized boolean join(TopicKey topic, MemberId member, Instant at) {
        if (isWaiting(topic, member)) {
            return false;
        }
        // Places count in 1/1024 ms, so members joining within one millisecond keep their order.
        String prefix = topic.encoded() + SEPARATOR;
        String last = entries.lowerKey(topic.encoded() + (char) (SEPARATOR + 1));
        long place = at.toEpochMilli() * 1024;
        if (last != null && last.startsWith(prefix)) {
            place = Math.max(place, placeOf(last, prefix) + 1);
        }
        add(topic, member, place, at);
        return true;
    }

    @Override
    public synchronized void returnToFront(TopicKey topic, List<MemberId> members, Instant since) {
        members.forEach(member -> leave(topic, member));
        String prefix = topic.encoded() + SEPARATOR;
        String first = entries.ceilingKey(prefix);
        long front = first != null && first.startsWith(prefix) ? placeOf(first, prefix) : since.toEpochMilli() * 1024;
        for (int i = 0; i < members.size(); i++) {
            add(topic, members.get(i), front - members.size() + i, since);
        }
    }

    private static long placeOf(String key, String prefix) {
        return SortableKeys.parse(key.substring(prefix.length(), prefix.length() + 16));
    }

    @Override
    public synchronized boolean leave(TopicKey topic, MemberId member) {
        String place = places.remove(placeKey(topic, member));
        if (place == null) {
            return false;
        }
        entries.remove(entryKey(topic, place, member));
        counts.compute(topic.encoded(), (k, n) -> n == null || n <= 1 ? null : n - 1);
        Set<String> topics = topicsOfEncoded(member);
        topics.remove(topic.encoded());
        if (topics.isEmpty()) {
            memberTopics.remove(member.value());
        } else {
            memberTopics.put(member.value(), String.join("\n", topics));
        }
        return true;
    }

    @Override
    public boolean isWaiting(TopicKey topic, MemberId member) {
        return places.containsKey(placeKey(topic, member));
    }

    @Override
    public List<Waiting> waiting(TopicKey topic) {
        String prefix = topic.encoded() + SEPARATOR;
        List<Waiting> found = new ArrayList<>();
        Iterator<String> keys = entries.keyIterator(prefix);
        while (keys.hasNext()) {
            String key = keys.next();
            if (!key.startsWith(prefix)) {
                break;
            }
            Long since = entries.get(key);
            if (since != null) {
                found.add(new Waiting(new MemberId(key.substring(prefix.length() + 17)), Instant.ofEpochSecond(since)));
            }
        }
        return found;
    }

    @Override
    public Set<TopicKey> topics() {
        Set<TopicKey> topics = new LinkedHashSet<>();
        counts.keySet().forEach(key -> topics.add(TopicKey.decode(key)));
        return topics;
    }

    @Override
    public List<TopicKey> topicsOf(MemberId member) {
        return topicsOfEncoded(member).stream().map(TopicKey::decode).toList();
    }

    @Override
    public synchronized boolean claim(TopicKey topic, Collection<MemberId> members) {
        for (MemberId member : members) {
            if (!isWaiting(topic, member)) {
                return false;
            }
        }
        members.forEach(member -> leave(topic, member));
        return true;
    }

    @Override
    public String section() {
        return "waitlists";
    }

    @Override
    public Object export(MemberId member) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (TopicKey topic : topicsOf(member)) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("community", topic.community());
            entry.put("topic", topic.topic());
            waiting(topic).stream().filter(w -> w.member().equals(member)).findFirst()
                    .ifPresent(w -> entry.put("since", w.since().toString()));
            out.add(entry);
        }
        return out;
    }

    @Override
    public synchronized void forget(MemberId member) {
        topicsOf(member).forEach(topic -> leave(topic, member));
    }

    private void add(TopicKey topic, MemberId member, long place, Instant since) {
        String placeKey = SortableKeys.of(place);
        entries.put(entryKey(topic, placeKey, member), since.getEpochSecond());
        places.put(placeKey(topic, member), placeKey);
        counts.merge(topic.encoded(), 1, Integer::sum);
        Set<String> topics = topicsOfEncoded(member);
        topics.add(topic.encoded());
        memberTopics.put(member.value(), String.join("\n", topics));
    }

    private Set<String> topicsOfEncoded(MemberId member) {
        String joined = memberTopics.get(member.value());
        Set<String> topics = new LinkedHashSet<>();
        if (joined != null && !joined.isEmpty()) {
            topics.addAll(List.of(joined.split("\n")));
        }
        return topics;
    }

    private static String entryKey(TopicKey topic, String place, MemberId member) {
        return topic.encoded() + SEPARATOR + place + SEPARATOR + member.value();
    }

    private static String placeKey(TopicKey topic, MemberId member) {
        return topic.encoded() + SEPARATOR + member.value();
    }
}
