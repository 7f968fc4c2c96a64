package app.kindred.core.groups;

import app.kindred.core.member.MemberId;
import app.kindred.core.store.MemberData;

import java.time.Instant;
import java.util.ArrayList;
import java.util.ConcurrentModificationException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Storage port for groups from invitation to end. Changes are compare-and-set on the group's version,
 * so two instances answering at once never lose an accept; groups are indexed by their next deadline
 * (a Redis sorted set) and by member (a set per member).
 */
public interface GroupRecords extends MemberData {

    /** Stores a new group; false when its id is taken. */
    boolean create(Group group);

    Optional<Group> find(GroupId id);

    /** Replaces the group if it is still at {@code before}'s version; false when someone changed it first. */
    boolean replace(Group before, Group after);

    void delete(GroupId id);

    /** Groups whose deadline has come, earliest first. */
    List<GroupId> due(Instant now, int limit);

    /** Groups the member has a seat in. */
    List<GroupId> ofMember(MemberId member);

    /**
     * Reads, changes and writes a group, retrying when someone else changed it meanwhile. A change that
     * returns the same instance writes nothing. Empty when the group no longer exists.
     */
    default Optional<Group> update(GroupId id, UnaryOperator<Group> change) {
        for (int attempt = 0; attempt < 8; attempt++) {
            Optional<Group> before = find(id);
            if (before.isEmpty()) {
                return before;
            }
            Group after = change.apply(before.get());
            if (after == before.get() || replace(before.get(), after)) {
                return Optional.of(after);
            }
        }
        throw new ConcurrentModificationException("group " + id + " kept changing under an update");
    }

    @Override
    default String section() {
        return "groups";
    }

    /** Each group the member has a seat in, as they sit in it: the name others see, not the others' names. */
    @Override
    default Object export(MemberId member) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (GroupId id : ofMember(member)) {
            find(id).ifPresent(group -> group.seatOf(member).ifPresent(seat -> out.add(seatView(group, seat))));
        }
        return out;
    }

    private static Map<String, Object> seatView(Group group, Seat seat) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("group", group.id().value());
        entry.put("kind", group.isBuddy() ? "buddy" : "group");
        entry.put("community", group.topic().community());
        entry.put("topic", group.topic().topic());
        entry.put("state", group.state().name().toLowerCase(Locale.ROOT));
        entry.put("yourPlace", seat.state().name().toLowerCase(Locale.ROOT));
        entry.put("nameShownToOthers", seat.name());
        entry.put("facilitator", seat.facilitator());
        entry.put("openedAt", group.openedAt() == null ? null : group.openedAt().toString());
        return entry;
    }
}
