package app.kindred.core.checkin;

import app.kindred.core.contract.Part;
import app.kindred.core.conversation.Turn;
import app.kindred.core.member.MemberId;
import app.kindred.core.member.MemberProfile;
import app.kindred.core.member.MemberZone;
import app.kindred.core.prompts.Say;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The check-in command: check in now, or set up scheduled check-ins (time, days, time zone), show them
 * or turn them off.
 */
final class CheckinCommand {

    static final String USE_DEFAULT_ZONE = "ci.zone";
    /** "Tonight" is offered until this long before it. */
    private static final Duration TONIGHT_NOTICE = Duration.ofMinutes(30);
    static final LocalTime TONIGHT = LocalTime.of(20, 0);
    /** Digits shaped like a time ("25:99", "13pm", "24h") that are no time of day. */
    private static final Pattern TIME_LIKE = Pattern.compile("\\d+(?:[:.h]\\d*)?(?:am|pm|h)?");

    private final CheckinPorts ports;
    private final CheckinWords words;

    CheckinCommand(CheckinPorts ports, CheckinWords words) {
        this.ports = ports;
        this.words = words;
    }

    void handle(Turn turn, String arguments) {
        MemberProfile profile = turn.profile().orElseThrow();
        CheckinRequest request = words.parse(arguments);
        if (request instanceof CheckinRequest.Now) {
            askNow(turn, profile);
        } else if (request instanceof CheckinRequest.Show) {
            show(turn, profile);
        } else if (request instanceof CheckinRequest.Off) {
            ports.schedules().delete(turn.member());
            ports.due().cancel(turn.member());
            turn.replyText("checkin.schedule.off");
        } else if (request instanceof CheckinRequest.Zone zone) {
            setZone(turn, profile, zone.zone());
        } else if (request instanceof CheckinRequest.Change change) {
            change(turn, profile, change);
        } else {
            unclear(turn, ((CheckinRequest.Unclear) request).word());
        }
    }

    /** The usage, after naming the word that was not understood, so the member sees what to change. */
    private static void unclear(Turn turn, String word) {
        Say say = turn.say();
        if (word.isEmpty()) {
            turn.replyText("checkin.schedule.usage");
            return;
        }
        String key = TIME_LIKE.matcher(word).matches() ? "checkin.schedule.not-a-time" : "checkin.schedule.not-understood";
        turn.reply(new Part.Text(say.text(key, "word", Say.quote(word))), new Part.Text(say.text("checkin.schedule.usage")));
    }

    private void askNow(Turn turn, MemberProfile profile) {
        ZoneId zone = MemberZone.of(profile).orElse(turn.services().settings().defaultTimeZone());
        List<Part> parts = new ArrayList<>(CheckinPrompt.ask(turn.say(), signer(turn), OccurrenceCode.minuteOf(turn.now()),
                true, tonightAhead(turn.now(), zone)));
        if (ports.schedules().find(turn.member()).isEmpty()) {
            parts.add(new Part.Text(turn.say().text("checkin.schedule.hint")));
        }
        turn.reply(parts);
    }

    private void show(Turn turn, MemberProfile profile) {
        Optional<CheckinSchedule> schedule = ports.schedules().find(turn.member());
        Optional<ZoneId> zone = MemberZone.of(profile);
        if (schedule.isEmpty()) {
            turn.replyText("checkin.schedule.none");
        } else if (zone.isEmpty()) {
            askForZone(turn);
        } else {
            confirm(turn, profile, schedule.get(), zone.get(), "checkin.schedule.summary");
        }
    }

    private void change(Turn turn, MemberProfile profile, CheckinRequest.Change change) {
        Optional<CheckinSchedule> existing = ports.schedules().find(turn.member());
        LocalTime time = change.time() != null ? change.time() : existing.map(CheckinSchedule::at).orElse(null);
        if (time == null) {
            turn.replyText("checkin.schedule.need-time");
            return;
        }
        Set<DayOfWeek> days = change.days() != null ? change.days()
                : existing.map(CheckinSchedule::days).orElse(CheckinSchedule.DAILY);
        CheckinSchedule schedule = new CheckinSchedule(time, days);
        ports.schedules().save(turn.member(), schedule);

        Optional<ZoneId> zone = MemberZone.of(profile).or(() -> zoneFromPlatform(turn, profile));
        if (zone.isEmpty()) {
            askForZone(turn);
            return;
        }
        plan(turn.member(), schedule, zone.get(), turn.now());
        confirm(turn, turn.profile().orElseThrow(), schedule, zone.get(), "checkin.schedule.set");
    }

    private void setZone(Turn turn, MemberProfile profile, String value) {
        if (value.isBlank()) {
            askForZone(turn);
            return;
        }
        Optional<ZoneId> zone = MemberZone.parse(value);
        if (zone.isEmpty()) {
            turn.replyText("checkin.schedule.bad-zone", "zone", Say.quote(value));
            return;
        }
        useZone(turn, profile, zone.get());
    }

    /** Saves the zone on the profile and moves the schedule to it. */
    void useZone(Turn turn, MemberProfile profile, ZoneId zone) {
        MemberProfile updated = profile.withTimeZone(zone.getId());
        turn.services().members().save(updated);
        turn.profileChanged(updated);
        Optional<CheckinSchedule> schedule = ports.schedules().find(turn.member());
        if (schedule.isEmpty()) {
            turn.reply(new Part.Text(turn.say().text("checkin.schedule.zone-set", "zone", zone.getId())),
                    new Part.Text(turn.say().text("checkin.schedule.hint")));
            return;
        }
        plan(turn.member(), schedule.get(), zone, turn.now());
        confirm(turn, updated, schedule.get(), zone, "checkin.schedule.set");
    }

    private Optional<ZoneId> zoneFromPlatform(Turn turn, MemberProfile profile) {
        Optional<ZoneId> hinted = turn.sender().hints().timeZoneHint().flatMap(MemberZone::parse);
        hinted.ifPresent(zone -> {
            MemberProfile updated = profile.withTimeZone(zone.getId());
            turn.services().members().save(updated);
            turn.profileChanged(updated);
        });
        return hinted;
    }

    private void askForZone(Turn turn) {
        ZoneId fallback = turn.services().settings().defaultTimeZone();
        turn.reply(new Part.Text(turn.say().text("checkin.schedule.ask-zone")),
                new Part.Buttons(List.of(Part.Button.of(turn.say().text("checkin.schedule.use-zone", "zone", fallback.getId()),
                        turn.payload(USE_DEFAULT_ZONE, "default", turn.services().settings().promptValidity())))));
    }

    private void confirm(Turn turn, MemberProfile profile, CheckinSchedule schedule, ZoneId zone, String key) {
        Say say = turn.say();
        Instant next = Occurrences.next(schedule, zone, turn.now());
        List<Part> parts = new ArrayList<>(2);
        parts.add(new Part.Text(say.text(key, "days", CheckinTexts.days(say, schedule),
                "time", CheckinTexts.clock(schedule.at()), "zone", zone.getId(), "next", CheckinTexts.when(say, next, zone))));
        if (profile.paused()) {
            parts.add(new Part.Text(say.text("checkin.schedule.paused-note")));
        }
        turn.reply(parts);
    }

    void plan(MemberId member, CheckinSchedule schedule, ZoneId zone, Instant now) {
        ports.due().plan(DueCheckin.regular(member, Occurrences.next(schedule, zone, now)));
    }

    static CheckinPrompt.Signer signer(Turn turn) {
        Duration validity = turn.services().settings().promptValidity();
        return (action, value) -> turn.payload(action, value, validity);
    }

    /** Whether tonight's snooze time is still comfortably ahead in the member's zone. */
    static boolean tonightAhead(Instant now, ZoneId zone) {
        return tonight(now, zone).isAfter(now.plus(TONIGHT_NOTICE));
    }

    static Instant tonight(Instant now, ZoneId zone) {
        return Occurrences.at(now.atZone(zone).toLocalDate(), CheckinSchedule.daily(TONIGHT), zone);
    }
}
