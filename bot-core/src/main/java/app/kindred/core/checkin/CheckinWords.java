package app.kindred.core.checkin;

import app.kindred.core.prompts.Prompts;

import java.text.Normalizer;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Understands what follows the check-in command in any of Kindred's languages: "now", "off", "zone
 * Europe/Paris", a time ("8:30", "18h30", "7pm") and days ("weekdays", "mon wed fri", "lunes jueves").
 * The keywords come from prompts/ (checkin.words), the day names from each language's locale data.
 */
final class CheckinWords {

    private static final Pattern TIME = Pattern.compile("(\\d{1,2})(?:[:.h](\\d{2}))?(am|pm|h)?");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s,;]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private final Map<String, String> keywords = new HashMap<>();
    /** Keywords of several words ("every day", "en semaine"), longest first, matched before splitting. */
    private final List<String> phrases = new java.util.ArrayList<>();
    private final Map<String, DayOfWeek> dayNames = new HashMap<>();

    CheckinWords(Prompts prompts) {
        for (String language : prompts.languages()) {
            for (String kind : List.of("now", "show", "off", "daily", "weekdays", "zone", "filler")) {
                prompts.variants(language, "checkin.words." + kind).orElse(List.of()).forEach(word -> {
                    String normal = normal(word).strip();
                    if (normal.contains(" ")) {
                        phrases.add(normal);
                    }
                    keywords.put(normal.replace(' ', '_'), kind);
                });
            }
            collectDayNames(Locale.forLanguageTag(language));
        }
        phrases.sort(java.util.Comparator.comparingInt(String::length).reversed());
    }

    private void collectDayNames(Locale locale) {
        Set<String> ambiguous = new HashSet<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            for (TextStyle style : List.of(TextStyle.FULL, TextStyle.SHORT)) {
                String name = normal(day.getDisplayName(style, locale)).replace(".", "");
                DayOfWeek earlier = dayNames.putIfAbsent(name, day);
                if (earlier != null && earlier != day) {
                    ambiguous.add(name);
                }
            }
        }
        ambiguous.forEach(dayNames::remove);
    }

    CheckinRequest parse(String arguments) {
        String text = normal(arguments).strip();
        if (text.isEmpty()) {
            return new CheckinRequest.Now();
        }
        String[] words = SEPARATORS.split(joinPhrases(text));
        String first = keywords.get(words[0]);
        if ("zone".equals(first)) {
            // Zone ids are case-sensitive: take the member's own spelling.
            String[] original = SPACES.split(arguments.strip(), 2);
            return new CheckinRequest.Zone(original.length > 1 ? original[1].strip() : "");
        }
        if (words.length == 1 && "now".equals(first)) {
            return new CheckinRequest.Now();
        }
        if (words.length == 1 && "show".equals(first)) {
            return new CheckinRequest.Show();
        }
        if (words.length == 1 && "off".equals(first)) {
            return new CheckinRequest.Off();
        }
        return change(words);
    }

    private String joinPhrases(String text) {
        String padded = " " + SEPARATORS.matcher(text).replaceAll(" ") + " ";
        if (padded.indexOf(' ', 1) == padded.length() - 1) {
            return padded.strip();   // one word: no phrase can be in it
        }
        for (String phrase : phrases) {
            if (padded.contains(phrase)) {
                padded = padded.replace(" " + phrase + " ", " " + phrase.replace(' ', '_') + " ");
            }
        }
        return padded.strip();
    }

    private CheckinRequest change(String[] words) {
        LocalTime time = null;
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String word : words) {
            LocalTime asTime = time(word);
            String keyword = keywords.get(word);
            DayOfWeek day = day(word);
            if (asTime != null && time == null) {
                time = asTime;
            } else if ("filler".equals(keyword)) {
                continue;
            } else if ("daily".equals(keyword)) {
                days.addAll(CheckinSchedule.DAILY);
            } else if ("weekdays".equals(keyword)) {
                days.addAll(CheckinSchedule.WEEKDAYS);
            } else if (day != null) {
                days.add(day);
            } else {
                return new CheckinRequest.Unclear(word);
            }
        }
        if (time == null && days.isEmpty()) {
            return new CheckinRequest.Unclear();
        }
        return new CheckinRequest.Change(time, days.isEmpty() ? null : days);
    }

    private DayOfWeek day(String word) {
        DayOfWeek day = dayNames.get(word);
        if (day == null && word.endsWith("s")) {
            day = dayNames.get(word.substring(0, word.length() - 1));
        }
        return day;
    }

    /** A time of day, or null: "8", "08:30", "8.30", "18h30", "20h", "7pm", "12am". */
    static LocalTime time(String word) {
        Matcher m = TIME.matcher(word);
        if (!m.matches()) {
            return null;
        }
        int hour = Integer.parseInt(m.group(1));
        int minute = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        String suffix = m.group(3);
        if ("am".equals(suffix) || "pm".equals(suffix)) {
            if (hour < 1 || hour > 12) {
                return null;
            }
            hour = hour % 12 + ("pm".equals(suffix) ? 12 : 0);
        }
        if (hour > 23 || minute > 59) {
            return null;
        }
        return LocalTime.of(hour, minute);
    }

    /** Lower case without accents, so "Miércoles" and "miercoles" are the same word. */
    static String normal(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (Normalizer.isNormalized(lower, Normalizer.Form.NFD)) {
            return lower;   // plain ASCII and the like: nothing to strip
        }
        return MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
    }
}
