package app.kindred.core.checkin;

import app.kindred.core.contract.Part;
import app.kindred.core.conversation.Turn;
import app.kindred.core.member.MemberProfile;
import app.kindred.core.member.MemberZone;
import app.kindred.core.mood.MoodEntry;
import app.kindred.core.mood.MoodTag;
import app.kindred.core.prompts.Say;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What happens when a member answers a check-in: the score is kept for that day once per occurrence and
 * acknowledged warmly; a low score brings a listening ear, one self-care idea and the helplines, and low
 * scores that keep coming back bring a gentle word about professional help. Tags, skip and snooze too.
 */
final class CheckinAnswers {

    /** Low on this many of the last {@link #RECENT} check-ins brings the pointer to professional help. */
    static final int LOW_TIMES = 3;
    static final int RECENT = 5;

    private final CheckinPorts ports;

    CheckinAnswers(CheckinPorts ports) {
        this.ports = ports;
    }

    void score(Turn turn, String value) {
        String[] fields = value.split("-", 2);
        OptionalLong occurrence = OccurrenceCode.decode(fields[0]);
        if (occurrence.isEmpty() || fields.length != 2 || fields[1].length() != 1
                || fields[1].charAt(0) < '1' || fields[1].charAt(0) > '5') {
            turn.replyText("errors.stale-button");
            return;
        }
        long occ = occurrence.getAsLong();
        int score = Integer.parseInt(fields[1]);
        if (ports.answered().isAnswered(turn.member(), occ)) {
            turn.replyText("checkin.already-answered");
            return;
        }
        MemberProfile profile = turn.profile().orElseThrow();
        // The day is written first and is idempotent, so a failure in between leaves the answer open to retry.
        ports.moods().record(turn.member(), dayOf(turn, profile, occ), score);
        ports.answered().markAnswered(turn.member(), occ);

        Say say = turn.say();
        List<Part> parts = new ArrayList<>();
        if (score <= 2) {
            parts.add(new Part.Text(say.anyOf("checkin.ack.low")));
            parts.add(new Part.Text(say.text("checkin.low.ear")));
            parts.add(new Part.Text(say.text("checkin.low.tip", "tip", say.anyOf("checkin.self-care"))));
            parts.add(new Part.Text(say.text("checkin.low.helplines")));
            if (lowOften(turn)) {
                parts.add(new Part.Text(say.text("checkin.low.professional")));
            }
        } else {
            parts.add(new Part.Text(say.anyOf(score == 3 ? "checkin.ack.middle" : "checkin.ack.high")));
        }
        parts.add(new Part.Text(say.text("checkin.tags.question")));
        parts.addAll(CheckinPrompt.tagRows(say, CheckinCommand.signer(turn), occ, Set.of()));
        turn.reply(parts);
    }

    void tag(Turn turn, String value) {
        String[] fields = value.split("-", 2);
        OptionalLong occurrence = OccurrenceCode.decode(fields[0]);
        Optional<MoodTag> tag = fields.length == 2 && fields[1].length() == 1
                ? MoodTag.ofCode(fields[1].charAt(0)) : Optional.empty();
        if (occurrence.isEmpty() || tag.isEmpty()) {
            turn.replyText("errors.stale-button");
            return;
        }
        LocalDate day = dayOf(turn, turn.profile().orElseThrow(), occurrence.getAsLong());
        ports.moods().addTag(turn.member(), day, tag.get());
        List<MoodEntry> entry = ports.moods().between(turn.member(), day, day);
        if (entry.isEmpty()) {
            // The score is gone (forgotten or expired), so there is nothing to tag.
            turn.replyText("errors.stale-button");
            return;
        }
        Set<MoodTag> chosen = entry.get(0).tags();
        Say say = turn.say();
        String names = chosen.stream().sorted().map(t -> say.text(CheckinPrompt.tagKey(t)))
                .collect(Collectors.joining(", "));
        List<Part> rows = CheckinPrompt.tagRows(say, CheckinCommand.signer(turn), occurrence.getAsLong(), chosen);
        List<Part> parts = new ArrayList<>();
        parts.add(new Part.Text(say.text(rows.isEmpty() ? "checkin.tags.noted-all" : "checkin.tags.noted-more",
                "tags", names)));
        parts.addAll(rows);
        turn.reply(parts);
    }

    void skip(Turn turn, String value) {
        OptionalLong occurrence = OccurrenceCode.decode(value);
        if (occurrence.isEmpty()) {
            turn.replyText("errors.stale-button");
        } else if (!ports.answered().markAnswered(turn.member(), occurrence.getAsLong())) {
            turn.replyText("checkin.already-answered");
        } else {
            turn.reply(new Part.Text(turn.say().anyOf("checkin.skipped")));
        }
    }

    void snooze(Turn turn, String value) {
        String[] fields = value.split("-", 2);
        OptionalLong occurrence = OccurrenceCode.decode(fields[0]);
        if (occurrence.isEmpty() || fields.length != 2
                || !fields[1].equals(CheckinPrompt.IN_AN_HOUR) && !fields[1].equals(CheckinPrompt.TONIGHT)) {
            turn.replyText("errors.stale-button");
            return;
        }
        if (ports.answered().isAnswered(turn.member(), occurrence.getAsLong())) {
            turn.replyText("checkin.already-answered");
            return;
        }
        ZoneId zone = zone(turn, turn.profile().orElseThrow());
        Instant inAnHour = turn.now().plus(Duration.ofHours(1));
        Instant at = fields[1].equals(CheckinPrompt.TONIGHT) && CheckinCommand.tonightAhead(turn.now(), zone)
                ? CheckinCommand.tonight(turn.now(), zone) : inAnHour;
        ports.due().plan(DueCheckin.snoozed(turn.member(), at, occurrence.getAsLong()));
        turn.replyText("checkin.snoozed", "time", CheckinTexts.clock(at, zone));
    }

    private boolean lowOften(Turn turn) {
        List<MoodEntry> recent = ports.moods().latest(turn.member(), RECENT);
        return recent.stream().filter(MoodEntry::isLow).count() >= LOW_TIMES;
    }

    /** The member's own date of the occurrence: that is the day the answer belongs to. */
    private static LocalDate dayOf(Turn turn, MemberProfile profile, long occurrence) {
        return Instant.ofEpochSecond(occurrence * 60).atZone(zone(turn, profile)).toLocalDate();
    }

    private static ZoneId zone(Turn turn, MemberProfile profile) {
        return MemberZone.of(profile).orElse(turn.services().settings().defaultTimeZone());
    }
}
