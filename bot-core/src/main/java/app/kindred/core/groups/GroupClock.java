package app.kindred.core.groups;

import app.kindred.core.contract.Address;
import app.kindred.core.contract.Message;
import app.kindred.core.contract.Outbound;
import app.kindred.core.contract.Part;
import app.kindred.core.prompts.Say;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Everything that happens to groups on the clock: invitations lapse, a space that never opened becomes a
 * relay circle, a tip now and then, the buddy check-back, a group's planned end, and a look at groups a
 * forgotten member left behind.
 */
final class GroupClock {

    private static final int BATCH = 500;

    private final GroupKit kit;
    private final Reach reach;
    private final Invitations invitations;
    private final Opening opening;
    private final Endings endings;
    private final GroupTips tips;
    private final PairingStyle pairing;

    GroupClock(GroupKit kit, Reach reach, Invitations invitations, Opening opening, Endings endings, GroupTips tips,
               PairingStyle pairing) {
        this.kit = kit;
        this.reach = reach;
        this.invitations = invitations;
        this.opening = opening;
        this.endings = endings;
        this.tips = tips;
        this.pairing = pairing;
    }

    List<Outbound> run(Instant now) {
        List<Outbound> out = new ArrayList<>();
        for (GroupId id : kit.records().due(now, BATCH)) {
            kit.records().find(id).ifPresent(group -> out.addAll(handle(group, now)));
        }
        return out;
    }

    private List<Outbound> handle(Group group, Instant now) {
        if (group.reviewAt() != null && !group.reviewAt().isAfter(now)) {
            Optional<Group> reviewed = kit.records().update(group.id(), g -> g.edit().reviewAt(null).done());
            if (reviewed.isEmpty()) {
                return List.of();
            }
            List<Outbound> ended = endings.tooFewLeft(reviewed.get(), now);
            if (!ended.isEmpty() || kit.records().find(group.id()).isEmpty()) {
                return ended;
            }
            group = reviewed.get();
        }
        if ((group.count(Seat.State.INVITED) > 0 || group.state() == Group.State.INVITING)
                && !group.invitationExpires().isAfter(now)) {
            return invitations.expire(group, now);
        }
        if (group.state() == Group.State.OPENING && group.openingGivesUpAt() != null
                && !group.openingGivesUpAt().isAfter(now)) {
            return opening.openingTimedOut(group, now);
        }
        if (!group.isOpen()) {
            return List.of();
        }
        if (group.endsAt() != null && !group.endsAt().isAfter(now)) {
            return endings.end(group.id(), now, true);
        }
        if (group.checkBackAt() != null && !group.checkBackAt().isAfter(now)) {
            kit.records().update(group.id(), g -> g.edit().checkBackAt(null).done());
            return pairing.checkBack(group, now);
        }
        if (group.nextTipAt() != null && !group.nextTipAt().isAfter(now)) {
            return tipFor(group, now);
        }
        return List.of();
    }

    /** A listening tip for the group, now and then: in its space, or to each member of a relay circle. */
    private List<Outbound> tipFor(Group group, Instant now) {
        Optional<Group> after = kit.records().update(group.id(), g -> g.edit()
                .nextTipAt(now.plus(kit.settings().tipEvery())).tipsShown(g.tipsShown() + 1).done());
        if (after.isEmpty()) {
            return List.of();
        }
        int shown = group.tipsShown();
        List<Outbound> out = new ArrayList<>();
        if (group.mode() == Group.Mode.SPACE) {
            Say say = reach.say(group.language());
            tips.tip(say, shown).ifPresent(tip -> out.add(new Message(
                    new Address.Space(group.topic().platform(), group.topic().community(), group.spaceId()),
                    List.of(tip), Message.Urgency.SCHEDULED, "gt:" + group.id() + ":" + shown)));
        } else {
            for (Seat seat : group.accepted()) {
                reach.member(seat.member()).ifPresent(r -> tips.tip(r.say(), shown).ifPresent(tip -> out.add(
                        new Message(r.address(), List.of(tip), Message.Urgency.SCHEDULED,
                                "gt:" + group.id() + ":" + shown + ":" + seat.slot()))));
            }
        }
        return out;
    }
}
