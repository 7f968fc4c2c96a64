package app.kindred.core.checkin;

import app.kindred.core.prompts.Say;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.stream.Collectors;

/** Puts schedules, times and days into the member's own words and date conventions. */
final class CheckinTexts {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");
    /** Date patterns come from prompts per language; parsing one per reply showed up in the benchmark. */
    private static final java.util.Map<String, DateTimeFormatter> FORMATS = new java.util.concurrent.ConcurrentHashMap<>();

    private CheckinTexts() {
    }

    static Locale locale(Say say) {
        return Locale.forLanguageTag(say.language());
    }

    /** "every day", "on weekdays", "on Monday, Thursday". */
    static String days(Say say, CheckinSchedule schedule) {
        if (schedule.isDaily()) {
            return say.text("checkin.days.daily");
        }
        if (schedule.isWeekdays()) {
            return say.text("checkin.days.weekdays");
        }
        Locale locale = locale(say);
        String names = schedule.days().stream().sorted()
                .map(day -> day.getDisplayName(TextStyle.FULL, locale))
                .collect(Collectors.joining(", "));
        return say.text("checkin.days.chosen", "days", names);
    }

    static String clock(java.time.LocalTime time) {
        return CLOCK.format(time);
    }

    /** A local time of day for an instant, "20:00". */
    static String clock(Instant instant, ZoneId zone) {
        return CLOCK.format(instant.atZone(zone));
    }

    /** A weekday, date and time in the member's language: "Tuesday 3 March, 08:30". */
    static String when(Say say, Instant instant, ZoneId zone) {
        DateTimeFormatter date = formatter(say, say.text("checkin.date-format"));
        return say.text("checkin.date-and-time", "date", date.format(instant.atZone(zone)),
                "time", clock(instant, zone));
    }

    /** A date formatter for a pattern in the member's language, made once. */
    static DateTimeFormatter formatter(Say say, String pattern) {
        return FORMATS.computeIfAbsent(say.language() + '\u0000' + pattern,
                key -> DateTimeFormatter.ofPattern(pattern, locale(say)));
    }

    static String dayName(Say say, DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, locale(say));
    }
}
