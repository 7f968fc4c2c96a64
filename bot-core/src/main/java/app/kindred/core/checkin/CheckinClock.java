package app.kindred.core.checkin;

import app.kindred.core.contract.Address;
import app.kindred.core.contract.Message;
import app.kindred.core.contract.Outbound;
import app.kindred.core.contract.Part;
import app.kindred.core.conversation.Services;
import app.kindred.core.member.MemberProfile;
import app.kindred.core.member.MemberZone;
import app.kindred.core.prompts.Say;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The clock job that sends due check-ins. Each occurrence is claimed atomically, sent once with a
 * delivery key of its own, and the member's next occurrence is planned in the same step. Nothing is sent
 * to a member who paused, cannot be reached, or whose occurrence is long past (a check-in that was
 * missed is let go, never sent late or nagged about); their schedule simply rolls on.
 */
final class CheckinClock {

    private static final System.Logger LOG = System.getLogger(CheckinClock.class.getName());
    /** Long enough to send a batch; an instance that dies holding a claim gives it up after this. */
    static final Duration LEASE = Duration.ofMinutes(5);
    /** An occurrence older than this when its tick finally comes is let go rather than sent late. */
    static final Duration STALE = Duration.ofHours(2);
    static final int BATCH = 200;

    private final Services services;
    private final CheckinPorts ports;

    CheckinClock(Services services, CheckinPorts ports) {
        this.services = services;
        this.ports = ports;
    }

    List<Outbound> run(Instant now) {
        List<Outbound> out = new ArrayList<>();
        List<DueCheckin> batch;
        do {
            batch = ports.due().claim(now, LEASE, BATCH);
            for (DueCheckin entry : batch) {
                try {
                    fire(entry, now).ifPresent(out::add);
                } catch (RuntimeException e) {
                    // The claim stays out until its lease ends, then this occurrence is tried again.
                    LOG.log(System.Logger.Level.WARNING, "a due check-in of member " + entry.member() + " failed", e);
                }
            }
        } while (batch.size() == BATCH);
        return out;
    }

    private Optional<Message> fire(DueCheckin entry, Instant now) {
        Optional<MemberProfile> profile = services.members().find(entry.member()).filter(MemberProfile::hasConsented);
        Optional<ZoneId> zone = profile.flatMap(MemberZone::of);
        Optional<CheckinSchedule> schedule = entry.kind() == DueCheckin.Kind.REGULAR
                ? ports.schedules().find(entry.member()) : Optional.empty();
        if (profile.isEmpty() || zone.isEmpty() || entry.kind() == DueCheckin.Kind.REGULAR && schedule.isEmpty()) {
            ports.due().complete(entry, null);
            return Optional.empty();
        }
        boolean sendable = !profile.get().paused() && !profile.get().unreachable()
                && !entry.fireAt().plus(STALE).isBefore(now);
        if (entry.kind() == DueCheckin.Kind.SNOOZED) {
            Optional<Message> prompt = sendable && !ports.answered().isAnswered(entry.member(), entry.occurrence())
                    ? Optional.of(prompt(profile.get(), zone.get(), entry, now)) : Optional.empty();
            ports.due().complete(entry, null);
            return prompt;
        }
        DueCheckin next = DueCheckin.regular(entry.member(), Occurrences.next(schedule.get(), zone.get(), now));
        // A zone changed in the settings since this was planned: the old instant is no occurrence any more.
        boolean stillAnOccurrence = Occurrences.isOccurrence(schedule.get(), zone.get(), entry.fireAt());
        Optional<Message> prompt = sendable && stillAnOccurrence
                ? Optional.of(prompt(profile.get(), zone.get(), entry, now)) : Optional.empty();
        ports.due().complete(entry, next);
        return prompt;
    }

    private Message prompt(MemberProfile profile, ZoneId zone, DueCheckin entry, Instant now) {
        Say say = new Say(services.prompts(), profile.language());
        Instant expires = now.plus(services.settings().promptValidity());
        CheckinPrompt.Signer signer = (action, value) -> services.buttons().sign(action, value, entry.member(), expires);
        boolean regular = entry.kind() == DueCheckin.Kind.REGULAR;
        List<Part> parts = CheckinPrompt.ask(say, signer, entry.occurrence(), regular,
                regular && CheckinCommand.tonightAhead(now, zone));
        Address.Direct to = services.vault().open(entry.member(), profile.sealedAddress());
        return new Message(to, parts, Message.Urgency.SCHEDULED, deliveryKey(entry));
    }

    /** One key per occurrence (and one for its snoozed return), so a retried send is never a second prompt. */
    static String deliveryKey(DueCheckin entry) {
        return "ci:" + entry.member().value() + ':' + OccurrenceCode.encode(entry.occurrence())
                + (entry.kind() == DueCheckin.Kind.SNOOZED ? ":s" : "");
    }
}
