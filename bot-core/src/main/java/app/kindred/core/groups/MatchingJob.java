package app.kindred.core.groups;

import app.kindred.core.contract.Message;
import app.kindred.core.contract.Outbound;
import app.kindred.core.contract.Part;
import app.kindred.core.member.MemberProfile;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The matcher on the clock: looks at waitlists that changed since the last tick, and at every waitlist
 * each {@code sweepEvery}; loads who may be invited now, forms groups, claims the members off the
 * waitlist and hands the groups to {@link Invitations}.
 *
 * <p>Who is not invited now stays waiting: paused or unreachable members, members at their cap of
 * groups and buddies, members resting after a group ended, and members who raised a crisis signal
 * within the window. The last are offered support instead, once per signal.
 */
final class MatchingJob {

    private final GroupKit kit;
    private final Reach reach;
    private Invitations invitations;
    private volatile Instant nextSweep = Instant.MIN;

    MatchingJob(GroupKit kit, Reach reach) {
        this.kit = kit;
        this.reach = reach;
    }

    void inviteWith(Invitations invitations) {
        this.invitations = invitations;
    }

    /** Someone joined or came back: look at this waitlist on the next tick. */
    void changed(TopicKey topic) {
        kit.changes().mark(topic);
    }

    List<Outbound> run(Instant now) {
        Set<TopicKey> topics;
        if (!now.isBefore(nextSweep)) {
            nextSweep = now.plus(kit.settings().sweepEvery());
            kit.changes().clear();
            topics = kit.waitlists().topics();
        } else {
            topics = kit.changes().drain();
        }
        List<Outbound> out = new ArrayList<>();
        for (TopicKey topic : topics) {
            out.addAll(match(topic, now));
        }
        return out;
    }

    /** Forms and invites every group one waitlist allows now. */
    List<Outbound> match(TopicKey topic, Instant now) {
        List<Outbound> out = new ArrayList<>();
        List<Candidate> candidates = candidates(topic, now, out);
        GroupSizes sizes = kit.settings().sizesFor(topic);
        if (candidates.size() < sizes.min()) {
            return out;
        }
        Matcher matcher = new Matcher(sizes, kit.settings().maxZoneGap(), kit.settings().fillWait());
        for (List<Candidate> group : matcher.match(candidates, now)) {
            if (kit.waitlists().claim(topic, group.stream().map(Candidate::member).toList())) {
                out.addAll(invitations.invite(topic, group, now));
            }
        }
        return out;
    }

    private List<Candidate> candidates(TopicKey topic, Instant now, List<Outbound> out) {
        List<Waitlists.Waiting> waiting = kit.waitlists().waiting(topic);
        List<Candidate> candidates = new ArrayList<>(waiting.size());
        Map<String, Integer> offsets = new HashMap<>();
        Function<String, Integer> offsetOf = zone -> offsets.computeIfAbsent(zone, z -> offsetMinutes(z, now));
        for (Waitlists.Waiting entry : waiting) {
            Optional<MemberProfile> profile = kit.services().members().find(entry.member());
            if (profile.isEmpty() || !profile.get().hasConsented()) {
                kit.waitlists().leave(topic, entry.member());
                continue;
            }
            MemberProfile p = profile.get();
            if (p.paused() || p.unreachable()) {
                continue;
            }
            GroupMember record = kit.members().get(entry.member());
            Optional<Instant> signal = kit.signals().last(entry.member())
                    .filter(at -> at.plus(kit.settings().crisisWindow()).isAfter(now));
            if (signal.isPresent()) {
                offerSupportFirst(record, signal.get(), out);
                continue;
            }
            if (record.active().size() >= kit.settings().maxActive() || record.coolingDown(now)) {
                continue;
            }
            String zone = p.zone().orElse(kit.services().settings().defaultTimeZone().getId());
            candidates.add(new Candidate(entry.member(), p.language(), offsetOf.apply(zone), record.facilitator(),
                    entry.since(), record, p));
        }
        return candidates;
    }

    /** Instead of an invitation, a member who recently raised a crisis signal hears about support, once. */
    private void offerSupportFirst(GroupMember record, Instant signal, List<Outbound> out) {
        if (signal.equals(record.supportOfferedFor())) {
            return;
        }
        kit.members().update(record.id(), m -> m.offeredSupportFor(signal));
        reach.message(record.id(), Message.Urgency.SCHEDULED, "", say -> List.of(new Part.Text(say.text("groups.support-first"))))
                .ifPresent(out::add);
    }

    private int offsetMinutes(String zone, Instant now) {
        try {
            return ZoneId.of(zone).getRules().getOffset(now).getTotalSeconds() / 60;
        } catch (DateTimeException e) {
            return kit.services().settings().defaultTimeZone().getRules().getOffset(now).getTotalSeconds() / 60;
        }
    }
}
