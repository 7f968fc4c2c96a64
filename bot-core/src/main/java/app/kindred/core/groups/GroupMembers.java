package app.kindred.core.groups;

import app.kindred.core.member.MemberId;
import app.kindred.core.store.MemberData;

import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** Storage port for each member's group record ({@link GroupMember}); one key per member. */
public interface GroupMembers extends MemberData {

    Optional<GroupMember> find(MemberId id);

    /**
     * Changes the member's record atomically, starting from an empty record when there is none; a
     * record that becomes empty is deleted.
     */
    GroupMember update(MemberId id, UnaryOperator<GroupMember> change);

    default GroupMember get(MemberId id) {
        return find(id).orElseGet(() -> GroupMember.empty(id));
    }

    @Override
    default String section() {
        return "groupSettings";
    }

    @Override
    default Object export(MemberId member) {
        return find(member).<Object>map(GroupMember::exportView).orElse(Map.of());
    }
}
