package app.kindred.core.mood;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The numbers behind the mood chart, its alt text and the streak: check-ins in a range of days, the
 * average, the 7-day rolling average, the lowest and highest day, and weeks in a row with a check-in.
 *
 * @param from    first day shown
 * @param to      last day shown (the member's today)
 * @param shown   the entries inside the range, oldest first
 * @param rolling the 7-day average for each day of the range that has a check-in within its week
 */
public record MoodSummary(LocalDate from, LocalDate to, List<MoodEntry> shown, List<DayAverage> rolling) {

    /** The average of the seven days ending on a day. */
    public record DayAverage(LocalDate day, double average) {
    }

    /** How the 7-day average moved across the range. */
    public enum Trend { UP, DOWN, STEADY }

    static final int WINDOW = 7;
    private static final double MEANINGFUL_CHANGE = 0.3;

    /**
     * @param entries the member's entries from {@code WINDOW - 1} days before {@code from} to {@code to},
     *                so the first days of the range get a full week's average
     */
    public static MoodSummary of(List<MoodEntry> entries, LocalDate from, LocalDate to) {
        List<MoodEntry> shown = entries.stream().filter(e -> !e.day().isBefore(from) && !e.day().isAfter(to)).toList();
        List<DayAverage> rolling = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            LocalDate start = day.minusDays(WINDOW - 1L);
            LocalDate end = day;
            double[] window = entries.stream().filter(e -> !e.day().isBefore(start) && !e.day().isAfter(end))
                    .mapToDouble(MoodEntry::score).toArray();
            if (window.length > 0) {
                rolling.add(new DayAverage(day, java.util.Arrays.stream(window).average().orElseThrow()));
            }
        }
        return new MoodSummary(from, to, shown, rolling);
    }

    public int days() {
        return (int) ChronoUnit.DAYS.between(from, to) + 1;
    }

    public int count() {
        return shown.size();
    }

    public double average() {
        return shown.stream().mapToInt(MoodEntry::score).average().orElse(0);
    }

    public MoodEntry lowest() {
        return shown.stream().min(Comparator.comparingInt(MoodEntry::score)).orElseThrow();
    }

    public MoodEntry highest() {
        return shown.stream().max(Comparator.comparingInt(MoodEntry::score)).orElseThrow();
    }

    public double firstAverage() {
        return rolling.get(0).average();
    }

    public double lastAverage() {
        return rolling.get(rolling.size() - 1).average();
    }

    public Trend trend() {
        double change = lastAverage() - firstAverage();
        return change >= MEANINGFUL_CHANGE ? Trend.UP : change <= -MEANINGFUL_CHANGE ? Trend.DOWN : Trend.STEADY;
    }

    /**
     * Weeks in a row, up to this one, with at least one check-in. Skipped days never break it, and a week
     * that has only just begun without a check-in yet does not break it either.
     */
    public static int weeksInARow(List<MoodEntry> entries, LocalDate today) {
        Set<LocalDate> weeks = new HashSet<>();
        entries.forEach(e -> weeks.add(weekOf(e.day())));
        LocalDate week = weekOf(today);
        if (!weeks.contains(week)) {
            week = week.minusWeeks(1);
        }
        int count = 0;
        while (weeks.contains(week)) {
            count++;
            week = week.minusWeeks(1);
        }
        return count;
    }

    private static LocalDate weekOf(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
}
