package app.kindred.core.groups;

import app.kindred.core.contract.Address;
import app.kindred.core.contract.Lifecycle;
import app.kindred.core.contract.Message;
import app.kindred.core.contract.OpenSpace;
import app.kindred.core.contract.Outbound;
import app.kindred.core.contract.Part;
import app.kindred.core.member.MemberId;
import app.kindred.core.prompts.Say;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Opens a group once the minimum have accepted: a relay circle at once, or a request for a private
 * space that falls back to a relay circle when the platform cannot make one. Then welcomes everyone
 * with the guidelines and a listening tip (a buddy pair gets conversation starters instead).
 */
final class Opening {

    private static final System.Logger LOG = System.getLogger(Opening.class.getName());

    private final GroupKit kit;
    private final Reach reach;
    private final Topics topics;
    private final GroupTips tips;
    private final PairingStyle pairing;

    Opening(GroupKit kit, Reach reach, Topics topics, GroupTips tips, PairingStyle pairing) {
        this.kit = kit;
        this.reach = reach;
        this.topics = topics;
        this.tips = tips;
        this.pairing = pairing;
    }

    /** Opens the group when it is still inviting and enough have accepted; returns what to send. */
    List<Outbound> openIfReady(GroupId id, Instant now) {
        boolean[] opened = {false};
        Optional<Group> after = kit.records().update(id, group -> {
            opened[0] = group.state() == Group.State.INVITING
                    && group.accepted().size() >= kit.settings().sizesFor(group.topic()).min();
            if (!opened[0]) {
                return group;
            }
            return group.mode() == Group.Mode.RELAY ? asOpenCircle(group, now) : asOpening(group, now);
        });
        if (!opened[0] || after.isEmpty()) {
            return List.of();
        }
        Group group = after.get();
        return group.mode() == Group.Mode.RELAY ? welcomeCircle(group, now, false) : requestSpace(group, now);
    }

    /** The platform made the space: the group meets there. */
    List<Outbound> spaceOpened(Lifecycle.SpaceOpened event, Instant now) {
        Optional<GroupId> id = groupIdOf(event.requestId());
        if (id.isEmpty()) {
            return List.of();
        }
        boolean[] opened = {false};
        Optional<Group> after = kit.records().update(id.get(), group -> {
            opened[0] = group.state() == Group.State.OPENING && sameCommunity(group, event.platform(), event.community());
            return opened[0] ? openedIn(group, event.spaceId(), now) : group;
        });
        if (!opened[0] || after.isEmpty()) {
            LOG.log(System.Logger.Level.INFO, "a space for group {0} opened when it was no longer waiting for one", id.get());
            return List.of();
        }
        Group group = after.get();
        rememberMeeting(group, now);
        List<Outbound> out = new ArrayList<>();
        Say say = reach.say(group.language());
        List<Part> welcome = new ArrayList<>();
        welcome.add(new Part.Text(say.text(prefix(group) + ".open.space-welcome", "topic", topics.name(say, group.topic()))));
        welcome.addAll(guidance(group, say));
        out.add(Message.reply(new Address.Space(event.platform(), event.community(), event.spaceId()), welcome));
        for (Seat seat : group.accepted()) {
            reach.message(seat.member(), Message.Urgency.REPLY, "", s -> List.of(new Part.Text(
                    s.text(prefix(group) + ".open.space-ready", "topic", topics.name(s, group.topic()))))).ifPresent(out::add);
        }
        return out;
    }

    /** The platform could not make the space (no rights, a limit): the group meets as a relay circle. */
    List<Outbound> spaceNotOpened(Lifecycle.SpaceNotOpened event, Instant now) {
        LOG.log(System.Logger.Level.WARNING, "the platform could not open a space for request {0}: {1}",
                event.requestId(), event.reason());
        return groupIdOf(event.requestId())
                .map(id -> relayInstead(id, now, event.platform(), event.community()))
                .orElse(List.of());
    }

    /** The platform never answered: stop waiting and meet as a relay circle. */
    List<Outbound> openingTimedOut(Group group, Instant now) {
        LOG.log(System.Logger.Level.WARNING, "no answer to the space request for group {0}; relaying instead", group.id());
        return relayInstead(group.id(), now, group.topic().platform(), group.topic().community());
    }

    /** Someone accepted after a relay circle opened: they join it, and the others hear so. */
    List<Outbound> lateJoin(Group group, Seat joined, Instant now) {
        rememberMeeting(group, now);
        kit.members().update(joined.member(), m -> m.talkingIn(group.id()));
        List<Outbound> out = new ArrayList<>();
        reach.message(joined.member(), Message.Urgency.REPLY, "", say -> circleWelcome(group, joined, say))
                .ifPresent(out::add);
        for (Seat seat : group.accepted()) {
            if (seat.slot() != joined.slot()) {
                reach.message(seat.member(), Message.Urgency.REPLY, "", say -> List.of(new Part.Text(
                        say.text(prefix(group) + ".open.joined", "name", joined.name(),
                                "topic", topics.name(say, group.topic()))))).ifPresent(out::add);
            }
        }
        return out;
    }

    /** The guidelines and a tip (groups), or the buddy welcome (pairs). */
    List<Part> guidance(Group group, Say say) {
        if (group.isBuddy()) {
            return pairing.welcome(say);
        }
        List<Part> parts = new ArrayList<>();
        parts.add(new Part.Text(say.text("groups.guidelines")));
        tips.tip(say, 0).ifPresent(parts::add);
        return parts;
    }

    private List<Outbound> relayInstead(GroupId id, Instant now, app.kindred.core.contract.Platform platform,
                                        String community) {
        boolean[] changed = {false};
        Optional<Group> after = kit.records().update(id, group -> {
            changed[0] = group.state() == Group.State.OPENING && sameCommunity(group, platform, community);
            return changed[0] ? asOpenCircle(group, now) : group;
        });
        if (!changed[0] || after.isEmpty()) {
            return List.of();
        }
        return welcomeCircle(after.get(), now, true);
    }

    private Group asOpenCircle(Group group, Instant now) {
        return opened(group.edit().mode(Group.Mode.RELAY).openingGivesUpAt(null), group, now).done();
    }

    private Group openedIn(Group group, String spaceId, Instant now) {
        return opened(group.edit().spaceId(spaceId).openingGivesUpAt(null), group, now).done();
    }

    private Group.Edit opened(Group.Edit edit, Group group, Instant now) {
        GroupSettings settings = kit.settings();
        edit.state(Group.State.OPEN).openedAt(now)
                .endsAt(now.plus(group.isBuddy() ? settings.buddyLastsFor() : settings.groupLastsFor()));
        if (group.isBuddy()) {
            edit.checkBackAt(now.plus(settings.buddyCheckBack()));
        } else {
            edit.nextTipAt(now.plus(settings.tipEvery())).tipsShown(1);
        }
        return edit;
    }

    /** A private space is requested; invitations still unanswered are withdrawn, as a space cannot take late-comers. */
    private Group asOpening(Group group, Instant now) {
        Group.Edit edit = group.edit().state(Group.State.OPENING).openingGivesUpAt(now.plus(kit.settings().openingTimeout()));
        group.seatsIn(Seat.State.INVITED).forEach(seat -> edit.seat(seat.withState(Seat.State.WITHDRAWN)));
        return edit.done();
    }

    private List<Outbound> requestSpace(Group group, Instant now) {
        List<Outbound> out = new ArrayList<>();
        List<Seat> withdrawn = group.seatsIn(Seat.State.WITHDRAWN).toList();
        kit.waitlists().returnToFront(group.topic(), withdrawn.stream().map(Seat::member).toList(), group.formedAt());
        for (Seat seat : withdrawn) {
            kit.members().update(seat.member(), m -> m.leftGroup(group.id()));
            reach.message(seat.member(), Message.Urgency.SCHEDULED, "", say -> List.of(new Part.Text(
                    say.text(prefix(group) + ".invite.filled", "topic", topics.name(say, group.topic())))))
                    .ifPresent(out::add);
        }
        List<Address.Direct> addresses = new ArrayList<>();
        for (Seat seat : group.accepted()) {
            reach.member(seat.member()).ifPresent(r -> {
                addresses.add(r.address());
                out.add(Message.reply(r.address(), List.of(new Part.Text(r.say().text(prefix(group) + ".open.opening")))));
            });
        }
        String name = ("kindred-" + group.topic().topic() + "-" + group.id().value()).toLowerCase(Locale.ROOT);
        out.add(new OpenSpace(group.topic().platform(), group.topic().community(), group.id().value(), name, addresses));
        return out;
    }

    private List<Outbound> welcomeCircle(Group group, Instant now, boolean afterSpaceFailed) {
        rememberMeeting(group, now);
        List<Outbound> out = new ArrayList<>();
        for (Seat seat : group.accepted()) {
            kit.members().update(seat.member(), m -> m.talkingIn(group.id()));
            reach.message(seat.member(), Message.Urgency.REPLY, "", say -> {
                List<Part> parts = new ArrayList<>();
                if (afterSpaceFailed) {
                    parts.add(new Part.Text(say.text("groups.open.space-failed")));
                }
                parts.addAll(circleWelcome(group, seat, say));
                return parts;
            }).ifPresent(out::add);
        }
        return out;
    }

    private List<Part> circleWelcome(Group group, Seat seat, Say say) {
        String others = group.accepted().stream().filter(s -> s.slot() != seat.slot()).map(Seat::name)
                .collect(Collectors.joining(", "));
        List<Part> parts = new ArrayList<>();
        parts.add(new Part.Text(say.text(prefix(group) + ".open.circle", "topic", topics.name(say, group.topic()),
                "names", others, "name", seat.name())));
        parts.addAll(guidance(group, say));
        return parts;
    }

    /** Everyone who met is remembered with everyone else, so this group is never formed again. */
    private void rememberMeeting(Group group, Instant now) {
        Instant metAt = group.openedAt() == null ? now : group.openedAt();
        List<Seat> present = group.accepted();
        for (Seat seat : present) {
            Set<MemberId> others = present.stream().map(Seat::member).filter(m -> !m.equals(seat.member()))
                    .collect(Collectors.toSet());
            kit.members().update(seat.member(), m -> m.met(group.id(), metAt, others));
        }
    }

    static String prefix(Group group) {
        return group.isBuddy() ? "buddy" : "groups";
    }

    private static boolean sameCommunity(Group group, app.kindred.core.contract.Platform platform, String community) {
        return group.topic().platform() == platform && group.topic().community().equals(community);
    }

    static Optional<GroupId> groupIdOf(String value) {
        try {
            return Optional.of(new GroupId(value));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
