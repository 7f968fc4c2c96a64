package app.kindred.core.checkin;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * When a member wants to be asked how they are: a local time on some days of the week, in the time zone
 * of their profile.
 *
 * @param at   the local time, to the minute
 * @param days the days of the week; never empty
 */
public record CheckinSchedule(LocalTime at, Set<DayOfWeek> days) {

    public static final Set<DayOfWeek> DAILY = Set.copyOf(EnumSet.allOf(DayOfWeek.class));
    public static final Set<DayOfWeek> WEEKDAYS = Set.copyOf(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));

    public CheckinSchedule {
        Objects.requireNonNull(at, "at");
        if (days.isEmpty()) {
            throw new IllegalArgumentException("a schedule needs at least one day");
        }
        at = at.withSecond(0).withNano(0);
        days = Set.copyOf(EnumSet.copyOf(days));
    }

    /** The schedule as the member reads it in their export: the time, and the days Monday first. */
    public Map<String, Object> exportView() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("time", at.toString());
        out.put("days", days.stream().sorted().map(DayOfWeek::name).map(name -> name.toLowerCase(Locale.ROOT)).toList());
        return out;
    }

    public static CheckinSchedule daily(LocalTime at) {
        return new CheckinSchedule(at, DAILY);
    }

    public boolean isDaily() {
        return days.size() == 7;
    }

    public boolean isWeekdays() {
        return days.equals(WEEKDAYS);
    }

    public CheckinSchedule withTime(LocalTime newTime) {
        return new CheckinSchedule(newTime, days);
    }

    public CheckinSchedule withDays(Set<DayOfWeek> newDays) {
        return new CheckinSchedule(at, newDays);
    }

    /** The schedule in one int: minute of the day and a bit per weekday, as the stores keep it. */
    public int encode() {
        int mask = 0;
        for (DayOfWeek day : days) {
            mask |= 1 << (day.getValue() - 1);
        }
        return (at.getHour() * 60 + at.getMinute()) << 7 | mask;
    }

    public static CheckinSchedule decode(int encoded) {
        int minute = encoded >>> 7;
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            if ((encoded & 1 << (day.getValue() - 1)) != 0) {
                days.add(day);
            }
        }
        return new CheckinSchedule(LocalTime.of(minute / 60, minute % 60), days);
    }
}
