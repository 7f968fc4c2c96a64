package app.kindred.core.groups;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Waitlists someone joined or returned to since the last tick, so the matcher looks at them first. */
public final class ChangedTopics {

    private final Set<TopicKey> changed = ConcurrentHashMap.newKeySet();

    public void mark(TopicKey topic) {
        changed.add(topic);
    }

    /** The topics marked so far; they are unmarked. */
    Set<TopicKey> drain() {
        Set<TopicKey> taken = Set.copyOf(changed);
        changed.removeAll(taken);
        return taken;
    }

    void clear() {
        changed.clear();
    }
}
