package app.kindred.core.groups;

import app.kindred.core.member.MemberId;
import app.kindred.core.store.EmbeddedStore;
import app.kindred.core.store.MemberData;
import org.h2.mvstore.MVMap;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** Group member records in the embedded store, one compact binary value per member. */
public final class EmbeddedGroupMembers implements GroupMembers, MemberData {

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
    public String section() {
        return "groupSettings";
    }

    @Override
    public Object export(MemberId member) {
        return find(member).<Object>map(EmbeddedGroupMembers::describe).orElse(Map.of());
    }

    @Override
    public void forget(MemberId member) {
        records.remove(member.value());
    }

    static Map<String, Object> describe(GroupMember m) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("nameShownInCircles", m.chosenName());
        out.put("facilitatorVolunteer", m.facilitator());
        out.put("doNotPairWith", m.doNotPair().stream().map(MemberId::value).toList());
        out.put("groupsNow", m.active().stream().map(GroupId::value).toList());
        out.put("talkingIn", m.talkingIn() == null ? null : m.talkingIn().value());
        out.put("restUntil", m.coolDownUntil() == null ? null : m.coolDownUntil().toString());
        out.put("groupsMet", m.past().stream().map(p -> {
            Map<String, Object> past = new LinkedHashMap<>();
            past.put("group", p.group().value());
            past.put("metAt", p.metAt().toString());
            past.put("with", p.others().stream().map(MemberId::value).sorted().toList());
            return past;
        }).toList());
        out.put("reportsSentLastDay", m.reports().size());
        out.put("supportOfferedAfterSignalAt", m.supportOfferedFor() == null ? null : m.supportOfferedFor().toString());
        return out;
    }
}
