package app.kindred.core.groups;

import app.kindred.core.member.MemberId;
import app.kindred.core.store.EmbeddedStore;
import org.h2.mvstore.MVMap;

import java.util.Optional;
import java.util.function.UnaryOperator;

/** Group member records in the embedded store, one compact binary value per member. */
public final class EmbeddedGroupMembers implements GroupMembers {

    private final MVMap<String, byte[]> records;

    public EmbeddedGroupMembers(EmbeddedStore store) {
        this.records = store.map("group-members");
    }

    @Override
    public Optional<GroupMember> find(MemberId id) {
        return Optional.ofNullable(records.get(id.value())).map(bytes -> Records.decodeMember(id, bytes));
    }

    /** Reads, changes and writes the record in one pass down the map, atomically. */
    @Override
    public GroupMember update(MemberId id, UnaryOperator<GroupMember> change) {
        Change decision = new Change(id, change);
        records.operate(id.value(), null, decision);
        return decision.after;
    }

    /** MVStore's read-modify-write: decides from the stored value what to write. */
    private static final class Change extends MVMap.DecisionMaker<Object> {
        private final MemberId id;
        private final UnaryOperator<GroupMember> change;
        private GroupMember after;
        private byte[] encoded;

        Change(MemberId id, UnaryOperator<GroupMember> change) {
            this.id = id;
            this.change = change;
        }

        @Override
        public MVMap.Decision decide(Object existing, Object provided) {
            GroupMember before = existing == null ? GroupMember.empty(id) : Records.decodeMember(id, (byte[]) existing);
            after = change.apply(before);
            if (after.isEmpty()) {
                return existing == null ? MVMap.Decision.ABORT : MVMap.Decision.REMOVE;
            }
            if (after.equals(before)) {
                return MVMap.Decision.ABORT;
            }
            encoded = Records.encode(after);
            return MVMap.Decision.PUT;
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T selectValue(T existing, T provided) {
            return (T) encoded;
        }
    }

    @Override
    public void forget(MemberId member) {
        records.remove(member.value());
    }
}
