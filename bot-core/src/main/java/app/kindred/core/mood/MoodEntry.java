package app.kindred.core.mood;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One day's check-in: the score the member gave (1 very low to 5 great) and the tags they chose.
 *
 * @param day   the member's local date of the check-in
 * @param score 1 to 5
 * @param tags  what it was about; empty when they did not say
 */
public record MoodEntry(LocalDate day, int score, Set<MoodTag> tags) {

    public static final int LOWEST = 1;
    public static final int HIGHEST = 5;

    public MoodEntry {
        Objects.requireNonNull(day, "day");
        if (score < LOWEST || score > HIGHEST) {
            throw new IllegalArgumentException("a mood score is between 1 and 5");
        }
        tags = tags.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(tags));
    }

    public static MoodEntry of(LocalDate day, int score) {
        return new MoodEntry(day, score, Set.of());
    }

    /** The day as the member reads it in their export, tags by name in alphabetical order. */
    public Map<String, Object> exportView() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("day", day.toString());
        out.put("score", score);
        out.put("tags", tags.stream().map(MoodTag::key).sorted().toList());
        return out;
    }

    /** A low day: the member is offered a listening ear. */
    public boolean isLow() {
        return score <= 2;
    }
}
