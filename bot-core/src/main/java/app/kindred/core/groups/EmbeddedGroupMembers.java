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

    @Override
    public synchronized GroupMember update(MemberId id, UnaryOperator<GroupMember> change) {
        GroupMember before = get(id);
        GroupMember after = change.apply(before);
        if (after.isEmpty()) {
            records.remove(id.value());
        } else if (!after.equals(before)) {
            records.put(id.value(), Records.encode(after));
        }
        return after;
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
