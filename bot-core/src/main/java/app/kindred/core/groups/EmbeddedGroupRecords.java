package app.kindred.core.groups;

import app.kindred.core.member.MemberId;
import app.kindred.core.store.EmbeddedStore;
import org.h2.mvstore.MVMap;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

import static app.kindred.core.groups.SortableKeys.SEPARATOR;

/**
 * Groups in the embedded store, with an ordered deadline index beside them. A member's groups are found
 * by reading every live group: only export and forget ask, and groups are deleted when they end, so
 * matching does not pay for an index it rarely needs (a Redis store keeps a set per member instead).
 */
public final class EmbeddedGroupRecords implements GroupRecords {

    private final MVMap<String, byte[]> groups;
    private final MVMap<String, String> dueIndex;

    public EmbeddedGroupRecords(EmbeddedStore store) {
        this.groups = store.map("groups");
        this.dueIndex = store.map("groups-due");
    }

    @Override
    public synchronized boolean create(Group group) {
        if (groups.putIfAbsent(group.id().value(), Records.encode(group)) != null) {
            return false;
        }
        index(null, group);
        return true;
    }

    @Override
    public Optional<Group> find(GroupId id) {
        return Optional.ofNullable(groups.get(id.value())).map(Records::decodeGroup);
    }

    @Override
    public synchronized boolean replace(Group before, Group after) {
        Optional<Group> current = find(before.id());
        if (current.isEmpty() || current.get().version() != before.version() || after.version() <= before.version()) {
            return false;
        }
        groups.put(after.id().value(), Records.encode(after));
        index(current.get(), after);
        return true;
    }

    @Override
    public synchronized void delete(GroupId id) {
        find(id).ifPresent(group -> {
            groups.remove(id.value());
            index(group, null);
        });
    }

    @Override
    public List<GroupId> due(Instant now, int limit) {
        List<GroupId> found = new ArrayList<>();
        String end = SortableKeys.of(now.getEpochSecond());
        Iterator<String> keys = dueIndex.keyIterator(dueIndex.firstKey());
        while (keys.hasNext() && found.size() < limit) {
            String key = keys.next();
            if (key.substring(0, 16).compareTo(end) > 0) {
                break;
            }
            found.add(new GroupId(key.substring(17)));
        }
        return found;
    }

    @Override
    public List<GroupId> ofMember(MemberId member) {
        List<GroupId> found = new ArrayList<>();
        for (byte[] bytes : groups.values()) {
            Group group = Records.decodeGroup(bytes);
            if (group.seatOf(member).isPresent()) {
                found.add(group.id());
            }
        }
        return found;
    }

    /**
     * Clears the member's seat (name included) and asks the clock to look at the group soon, so a group
     * left too small ends kindly; the others are told by the clock job, not here.
     */
    @Override
    public synchronized void forget(MemberId member) {
        for (GroupId id : ofMember(member)) {
            update(id, group -> group.seatOf(member)
                    .map(seat -> group.edit().seat(seat.forgotten()).reviewAt(Instant.EPOCH).done())
                    .orElse(group));
        }
    }

    private void index(Group before, Group after) {
        String beforeKey = before == null ? null : dueKey(before);
        String afterKey = after == null ? null : dueKey(after);
        if (beforeKey != null && !beforeKey.equals(afterKey)) {
            dueIndex.remove(beforeKey);
        }
        if (afterKey != null && !afterKey.equals(beforeKey)) {
            dueIndex.put(afterKey, "");
        }
    }

    private static String dueKey(Group group) {
        return group.deadline().map(at -> SortableKeys.of(at.getEpochSecond()) + SEPARATOR + group.id().value())
                .orElse(null);
    }
}
