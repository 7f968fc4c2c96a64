package app.kindred.core.groups;

import app.kindred.core.member.MemberId;
import app.kindred.core.store.EmbeddedStore;
import org.h2.mvstore.MVMap;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import static app.kindred.core.groups.SortableKeys.SEPARATOR;

/**
 * Waitlists in the embedded store. Each topic gets a short number, so keys stay short; entries are keyed
 * topic + place + member in one ordered map, so a topic's queue is a range scan, and a second map finds a
 * member's place. Joining and leaving touch two keys. A member's topics and the topics with anyone
 * waiting are found by looking at each topic, which is cheap for the few dozen topics a store has
 * (a Redis store keeps a set per member instead).
 */
public final class EmbeddedWaitlists implements Waitlists {

    private final MVMap<String, Long> entries;
    private final MVMap<String, String> places;
    private final MVMap<String, String> topicNumbers;
    private final Map<TopicKey, String> numberOf = new ConcurrentHashMap<>();
    private final Map<String, TopicKey> topicOf = new ConcurrentHashMap<>();

    public EmbeddedWaitlists(EmbeddedStore store) {
        this.entries = store.map("waitlist-entries");
        this.places = store.map("waitlist-places");
        this.topicNumbers = store.map("waitlist-topic-numbers");
        topicNumbers.forEach((encoded, number) -> remember(TopicKey.decode(encoded), number));
    }

    @Override
    public synchronized boolean join(TopicKey topic, MemberId member, Instant at) {
        String t = number(topic);
        if (places.containsKey(placeKey(t, member))) {
            return false;
        }
        // Places count in 1/1024 ms, so members joining within one millisecond keep their order.
        String prefix = t + SEPARATOR;
        String last = entries.lowerKey(t + (char) (SEPARATOR + 1));
        long place = at.toEpochMilli() * 1024;
        if (last != null && last.startsWith(prefix)) {
            place = Math.max(place, placeOf(last, prefix) + 1);
        }
        add(t, member, place, at);
        return true;
    }

    @Override
    public synchronized void returnToFront(TopicKey topic, List<MemberId> members, Instant since) {
        String t = number(topic);
        members.forEach(member -> remove(t, member));
        String prefix = t + SEPARATOR;
        String first = entries.ceilingKey(prefix);
        long front = first != null && first.startsWith(prefix) ? placeOf(first, prefix) : since.toEpochMilli() * 1024;
        for (int i = 0; i < members.size(); i++) {
            add(t, members.get(i), front - members.size() + i, since);
        }
    }

    @Override
    public synchronized boolean leave(TopicKey topic, MemberId member) {
        String t = known(topic);
        return t != null && remove(t, member);
    }

    @Override
    public boolean isWaiting(TopicKey topic, MemberId member) {
        String t = known(topic);
        return t != null && places.containsKey(placeKey(t, member));
    }

    @Override
    public List<Waiting> waiting(TopicKey topic) {
        String t = known(topic);
        if (t == null) {
            return List.of();
        }
        String prefix = t + SEPARATOR;
        List<Waiting> found = new ArrayList<>();
        var cursor = entries.cursor(prefix);
        while (cursor.hasNext()) {
            String key = cursor.next();
            if (!key.startsWith(prefix)) {
                break;
            }
            found.add(new Waiting(new MemberId(key.substring(prefix.length() + 17)), Instant.ofEpochSecond(cursor.getValue())));
        }
        return found;
    }

    @Override
    public Set<TopicKey> topics() {
        Set<TopicKey> topics = new LinkedHashSet<>();
        topicOf.forEach((t, topic) -> {
            String first = entries.ceilingKey(t + SEPARATOR);
            if (first != null && first.startsWith(t + SEPARATOR)) {
                topics.add(topic);
            }
        });
        return topics;
    }

    @Override
    public List<TopicKey> topicsOf(MemberId member) {
        List<TopicKey> topics = new ArrayList<>();
        topicOf.forEach((t, topic) -> {
            if (places.containsKey(placeKey(t, member))) {
                topics.add(topic);
            }
        });
        return topics;
    }

    @Override
    public Optional<Instant> waitingSince(TopicKey topic, MemberId member) {
        String t = known(topic);
        String place = t == null ? null : places.get(placeKey(t, member));
        Long since = place == null ? null : entries.get(entryKey(t, place, member));
        return since == null ? Optional.empty() : Optional.of(Instant.ofEpochSecond(since));
    }

    @Override
    public synchronized boolean claim(TopicKey topic, Collection<MemberId> members) {
        String t = known(topic);
        if (t == null) {
            return false;
        }
        // Take them off one by one and put back whoever was taken if someone had already left:
        // in the usual case, where everyone is still waiting, that is two writes per member and no reads.
        List<MemberId> taken = new ArrayList<>(members.size());
        List<String> takenPlaces = new ArrayList<>(members.size());
        List<Long> takenSince = new ArrayList<>(members.size());
        for (MemberId member : members) {
            String place = places.remove(placeKey(t, member));
            if (place == null) {
                for (int i = 0; i < taken.size(); i++) {
                    add(t, taken.get(i), SortableKeys.parse(takenPlaces.get(i)), Instant.ofEpochSecond(takenSince.get(i)));
                }
                return false;
            }
            taken.add(member);
            takenPlaces.add(place);
            takenSince.add(entries.remove(entryKey(t, place, member)));
        }
        return true;
    }

    @Override
    public synchronized void forget(MemberId member) {
        topicsOf(member).forEach(topic -> leave(topic, member));
    }

    private boolean remove(String t, MemberId member) {
        String place = places.remove(placeKey(t, member));
        if (place == null) {
            return false;
        }
        entries.remove(entryKey(t, place, member));
        return true;
    }

    private void add(String t, MemberId member, long place, Instant since) {
        String placeKey = SortableKeys.of(place);
        entries.put(entryKey(t, placeKey, member), since.getEpochSecond());
        places.put(placeKey(t, member), placeKey);
    }

    /** The topic's number if it ever had one, or null. */
    private String known(TopicKey topic) {
        String number = numberOf.get(topic);
        if (number == null) {
            number = topicNumbers.get(topic.encoded());
            if (number != null) {
                remember(topic, number);
            }
        }
        return number;
    }

    /** The topic's short number, given on first use and kept with the data. */
    private String number(TopicKey topic) {
        String known = numberOf.get(topic);
        if (known != null) {
            return known;
        }
        synchronized (topicNumbers) {
            String existing = topicNumbers.get(topic.encoded());
            String number = existing != null ? existing : "t" + Integer.toString(topicNumbers.size(), 36);
            topicNumbers.putIfAbsent(topic.encoded(), number);
            remember(topic, number);
            return number;
        }
    }

    private void remember(TopicKey topic, String number) {
        numberOf.put(topic, number);
        topicOf.put(number, topic);
    }

    private static long placeOf(String key, String prefix) {
        return SortableKeys.parse(key.substring(prefix.length(), prefix.length() + 16));
    }

    private static String entryKey(String t, String place, MemberId member) {
        return t + SEPARATOR + place + SEPARATOR + member.value();
    }

    private static String placeKey(String t, MemberId member) {
        return t + SEPARATOR + member.value();
    }
}
