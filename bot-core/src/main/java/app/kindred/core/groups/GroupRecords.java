package app.kindred.core.groups;

import app.kindred.core.member.MemberId;

import java.time.Instant;
import java.util.ConcurrentModificationException;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Storage port for groups from invitation to end. Changes are compare-and-set on the group's version,
 * so two instances answering at once never lose an accept; groups are indexed by their next deadline
 * (a Redis sorted set) and by member (a set per member).
 */
public interface GroupRecords {

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
}
