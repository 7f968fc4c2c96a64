package app.kindred.core.groups;

import app.kindred.core.member.MemberId;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What groups and buddies keep about one member: the name others see, whether they facilitate, who they
 * asked not to meet, the groups they are in, who they already met, and enough to rate-limit reports.
 *
 * @param chosenName        the first name or nickname shown in relay circles, or empty for the default
 * @param doNotPair         members this member never wants to be grouped with
 * @param active            groups and buddy pairs the member is invited to or in
 * @param talkingIn         the relay circle their direct messages go to, or null
 * @param coolDownUntil     no new invitation before this (after a group ended), or null
 * @param past              groups that met, with who was there, so a group is never formed again
 * @param reports           reports the member sent in the last day
 * @param supportOfferedFor the crisis signal Kindred already offered support for instead of an invitation
 */
public record GroupMember(MemberId id, String chosenName, boolean facilitator, Set<MemberId> doNotPair,
                          List<GroupId> active, GroupId talkingIn, Instant coolDownUntil, List<PastGroup> past,
                          List<ReportMade> reports, Instant supportOfferedFor) {

    /** How many earlier groups are remembered for the never-again rule. */
    static final int PAST_KEPT = 50;

    /** A group that met, and who was in it besides this member. */
    public record PastGroup(GroupId group, Instant metAt, Set<MemberId> others) {
        public PastGroup {
            others = Set.copyOf(others);
        }

        /** The others in a stable order, so a button can name one by its position. */
        public List<MemberId> othersInOrder() {
            return others.stream().sorted(java.util.Comparator.comparing(MemberId::value)).toList();
        }
    }

    public Optional<PastGroup> pastGroup(GroupId group) {
        return past.stream().filter(p -> p.group().equals(group)).findFirst();
    }

    /** A report this member sent, kept a day for the rate limit. {@code about} is "groupId-slot". */
    public record ReportMade(Instant at, String about) {
    }

    public GroupMember {
        Objects.requireNonNull(id, "id");
        chosenName = chosenName == null ? "" : chosenName;
        doNotPair = Set.copyOf(doNotPair);
        active = List.copyOf(active);
        past = List.copyOf(past);
        reports = List.copyOf(reports);
    }

    /** The record as the member reads it in their export: the ids of others, never their names. */
    public Map<String, Object> exportView() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("nameShownInCircles", chosenName);
        out.put("facilitatorVolunteer", facilitator);
        out.put("doNotPairWith", doNotPair.stream().map(MemberId::value).toList());
        out.put("groupsNow", active.stream().map(GroupId::value).toList());
        out.put("talkingIn", talkingIn == null ? null : talkingIn.value());
        out.put("restUntil", coolDownUntil == null ? null : coolDownUntil.toString());
        out.put("groupsMet", past.stream().map(p -> {
            Map<String, Object> met = new LinkedHashMap<>();
            met.put("group", p.group().value());
            met.put("metAt", p.metAt().toString());
            met.put("with", p.others().stream().map(MemberId::value).sorted().toList());
            return met;
        }).toList());
        out.put("reportsSentLastDay", reports.size());
        out.put("supportOfferedAfterSignalAt", supportOfferedFor == null ? null : supportOfferedFor.toString());
        return out;
    }

    public static GroupMember empty(MemberId id) {
        return new GroupMember(id, "", false, Set.of(), List.of(), null, null, List.of(), List.of(), null);
    }

    public boolean isEmpty() {
        return chosenName.isEmpty() && !facilitator && doNotPair.isEmpty() && active.isEmpty() && talkingIn == null
                && coolDownUntil == null && past.isEmpty() && reports.isEmpty() && supportOfferedFor == null;
    }

    public Optional<GroupId> talkingInCircle() {
        return Optional.ofNullable(talkingIn);
    }

    public boolean avoids(MemberId other) {
        return doNotPair.contains(other);
    }

    public boolean coolingDown(Instant now) {
        return coolDownUntil != null && now.isBefore(coolDownUntil);
    }

    /**
     * Whether a group with these members would re-form one this member already met in: at least
     * {@code threshold} of them (this member included) were together in one earlier group.
     */
    public boolean alreadyMetWith(Collection<MemberId> members, int threshold) {
        for (PastGroup group : past) {
            int together = 1;
            for (MemberId other : members) {
                if (group.others().contains(other)) {
                    together++;
                }
            }
            if (together >= threshold) {
                return true;
            }
        }
        return false;
    }

    /** Reports sent within the last day. */
    public List<ReportMade> reportsSince(Instant since) {
        return reports.stream().filter(r -> r.at().isAfter(since)).toList();
    }

    public GroupMember withChosenName(String name) {
        return new GroupMember(id, name, facilitator, doNotPair, active, talkingIn, coolDownUntil, past, reports,
                supportOfferedFor);
    }

    public GroupMember withFacilitator(boolean volunteers) {
        return new GroupMember(id, chosenName, volunteers, doNotPair, active, talkingIn, coolDownUntil, past,
                reports, supportOfferedFor);
    }

    public GroupMember avoiding(MemberId other) {
        Set<MemberId> more = new LinkedHashSet<>(doNotPair);
        more.add(other);
        return new GroupMember(id, chosenName, facilitator, more, active, talkingIn, coolDownUntil, past, reports,
                supportOfferedFor);
    }

    public GroupMember joined(GroupId group) {
        List<GroupId> more = new ArrayList<>(active);
        if (!more.contains(group)) {
            more.add(group);
        }
        return new GroupMember(id, chosenName, facilitator, doNotPair, more, talkingIn, coolDownUntil, past,
                reports, supportOfferedFor);
    }

    /** No longer in the group; a relay circle they were talking in is let go. */
    public GroupMember leftGroup(GroupId group) {
        List<GroupId> fewer = new ArrayList<>(active);
        fewer.remove(group);
        GroupId talking = group.equals(talkingIn) ? null : talkingIn;
        return new GroupMember(id, chosenName, facilitator, doNotPair, fewer, talking, coolDownUntil, past, reports,
                supportOfferedFor);
    }

    public GroupMember talkingIn(GroupId group) {
        return new GroupMember(id, chosenName, facilitator, doNotPair, active, group, coolDownUntil, past, reports,
                supportOfferedFor);
    }

    public GroupMember coolingDownUntil(Instant until) {
        Instant later = coolDownUntil != null && coolDownUntil.isAfter(until) ? coolDownUntil : until;
        return new GroupMember(id, chosenName, facilitator, doNotPair, active, talkingIn, later, past, reports,
                supportOfferedFor);
    }

    public GroupMember met(GroupId group, Instant at, Set<MemberId> others) {
        List<PastGroup> more = new ArrayList<>(past);
        more.removeIf(p -> p.group().equals(group));
        more.add(new PastGroup(group, at, others));
        while (more.size() > PAST_KEPT) {
            more.remove(0);
        }
        return new GroupMember(id, chosenName, facilitator, doNotPair, active, talkingIn, coolDownUntil, more,
                reports, supportOfferedFor);
    }

    public GroupMember reported(Instant at, String about, Duration keepFor) {
        List<ReportMade> recent = new ArrayList<>(reportsSince(at.minus(keepFor)));
        recent.add(new ReportMade(at, about));
        return new GroupMember(id, chosenName, facilitator, doNotPair, active, talkingIn, coolDownUntil, past,
                recent, supportOfferedFor);
    }

    public GroupMember offeredSupportFor(Instant signal) {
        return new GroupMember(id, chosenName, facilitator, doNotPair, active, talkingIn, coolDownUntil, past,
                reports, signal);
    }
}
