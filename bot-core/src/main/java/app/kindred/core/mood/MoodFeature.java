package app.kindred.core.mood;

import app.kindred.core.contract.Outbound;
import app.kindred.core.contract.Part;
import app.kindred.core.conversation.Access;
import app.kindred.core.conversation.Feature;
import app.kindred.core.conversation.Routes;
import app.kindred.core.conversation.Turn;
import app.kindred.core.member.MemberProfile;
import app.kindred.core.prompts.Say;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;

/**
 * {@code mood} shows a member's check-ins as a chart of the last 30 or 90 days with the 7-day average, alt
 * text that says the same in words, and a streak that counts weeks, so a skipped day never breaks it.
 * A clock job deletes entries once they are older than the retention.
 */
public final class MoodFeature implements Feature {

    static final String RANGE = "md.range";
    static final int SHORT = 30;
    static final int LONG = 90;

    private final MoodHistory moods;
    private final Duration retention;
    private final AtomicReference<LocalDate> lastExpiry = new AtomicReference<>();

    /** @param retention how long mood entries are kept (the core settings' mood retention) */
    public MoodFeature(MoodHistory moods, Duration retention) {
        this.moods = moods;
        this.retention = retention;
    }

    @Override
    public void register(Routes routes) {
        routes.command("mood", Access.CONSENTED, this::command)
                .action(RANGE, Access.CONSENTED, (turn, value) -> show(turn, String.valueOf(LONG).equals(value) ? LONG : SHORT))
                .tick(this::expire);
    }

    /** Once a day, deletes every member's entries older than the retention. */
    List<Outbound> expire(Instant now) {
        LocalDate today = now.atZone(ZoneOffset.UTC).toLocalDate();
        if (!today.equals(lastExpiry.get())) {
            moods.forgetBefore(today.minusDays(retention.toDays()));
            // Noted only once done, so a day the store was down is tried again on the next tick.
            lastExpiry.set(today);
        }
        return List.of();
    }

    private void command(Turn turn, String arguments) {
        String wanted = arguments.strip();
        if (wanted.isEmpty() || wanted.equals(String.valueOf(SHORT))) {
            show(turn, SHORT);
        } else if (wanted.equals(String.valueOf(LONG))) {
            show(turn, LONG);
        } else {
            turn.replyText("mood.usage");
        }
    }

    private void show(Turn turn, int days) {
        MemberProfile profile = turn.profile().orElseThrow();
        ZoneId zone = zone(profile, turn.services().settings().defaultTimeZone());
        LocalDate today = turn.now().atZone(zone).toLocalDate();
        LocalDate from = today.minusDays(days - 1L);
        List<MoodEntry> entries = moods.between(turn.member(), from.minusDays(MoodSummary.WINDOW - 1L), today);
        MoodSummary summary = MoodSummary.of(entries, from, today);
        Say say = turn.say();
        int other = days == SHORT ? LONG : SHORT;
        Part.Buttons switchRange = new Part.Buttons(List.of(Part.Button.of(say.text("mood.show-days", "days", other),
                turn.payload(RANGE, String.valueOf(other), turn.services().settings().promptValidity()))));
        if (summary.count() == 0) {
            turn.reply(new Part.Text(say.text("mood.empty", "days", days)), switchRange);
            return;
        }
        List<Part> parts = new ArrayList<>();
        parts.add(new Part.Image(MoodChart.png(say, summary), altText(say, summary), "mood-" + days + "-days.png"));
        parts.add(new Part.Text(summary.count() == 1
                ? say.text("mood.summary-one", "days", days, "average", decimal(say, summary.average()))
                : say.text("mood.summary", "count", summary.count(), "days", days, "average", decimal(say, summary.average()))));
        int weeks = MoodSummary.weeksInARow(moods.between(turn.member(), today.minusWeeks(52), today), today);
        if (weeks >= 2) {
            parts.add(new Part.Text(say.text("mood.streak", "weeks", weeks)));
        }
        parts.add(switchRange);
        turn.reply(parts);
    }

    /** The chart in words, for screen readers and platforms that show no images. */
    static String altText(Say say, MoodSummary summary) {
        DateTimeFormatter dayFormat = DateTimeFormatter.ofPattern(say.text("mood.day-format"),
                Locale.forLanguageTag(say.language()));
        if (summary.count() == 1) {
            MoodEntry only = summary.shown().get(0);
            return say.text("mood.alt-one", "days", summary.days(), "score", scoreInWords(say, only.score()),
                    "day", dayFormat.format(only.day()));
        }
        MoodEntry low = summary.lowest();
        MoodEntry high = summary.highest();
        return say.text("mood.alt", "days", summary.days(), "count", summary.count(),
                "average", decimal(say, summary.average()),
                "from", decimal(say, summary.firstAverage()), "to", decimal(say, summary.lastAverage()),
                "trend", say.text("mood.trend." + summary.trend().name().toLowerCase(Locale.ROOT)),
                "low", scoreInWords(say, low.score()), "lowDay", dayFormat.format(low.day()),
                "high", scoreInWords(say, high.score()), "highDay", dayFormat.format(high.day()));
    }

    private static String scoreInWords(Say say, int score) {
        return score + " (" + say.text("mood.words." + score) + ")";
    }

    private static String decimal(Say say, double value) {
        return String.format(Locale.forLanguageTag(say.language()), "%.1f", value);
    }

    private static ZoneId zone(MemberProfile profile, ZoneId fallback) {
        try {
            return profile.zone().map(ZoneId::of).orElse(fallback);
        } catch (DateTimeException e) {
            return fallback;
        }
    }
}
