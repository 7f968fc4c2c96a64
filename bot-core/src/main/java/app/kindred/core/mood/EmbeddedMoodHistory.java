package app.kindred.core.mood;

import app.kindred.core.member.MemberId;
import app.kindred.core.store.EmbeddedStore;
import org.h2.mvstore.MVMap;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Mood history in the embedded store: one compact record per member, and an index of each member's
 * oldest day (keys sort by day) so expiry touches only the members who have days to drop.
 */
public final class EmbeddedMoodHistory implements MoodHistory {

    private final MVMap<String, byte[]> histories;
    private final MVMap<String, String> oldestDay;

    public EmbeddedMoodHistory(EmbeddedStore store) {
        this.histories = store.map("moods");
        this.oldestDay = store.map("mood-oldest");
    }

    @Override
    public synchronized void record(MemberId member, LocalDate day, int score) {
        if (score < MoodEntry.LOWEST || score > MoodEntry.HIGHEST) {
            throw new IllegalArgumentException("a mood score is between 1 and 5");
        }
        DayBytes days = load(member);
        long before = days.isEmpty() ? Long.MIN_VALUE : days.firstDay();
        days.setScore(day.toEpochDay(), score);
        store(member, days, before);
    }

    @Override
    public synchronized void addTag(MemberId member, LocalDate day, MoodTag tag) {
        DayBytes days = load(member);
        if (days.addTag(day.toEpochDay(), tag)) {
            histories.put(member.value(), days.encode());
        }
    }

    @Override
    public List<MoodEntry> between(MemberId member, LocalDate from, LocalDate to) {
        return load(member).between(from.toEpochDay(), to.toEpochDay());
    }

    @Override
    public List<MoodEntry> latest(MemberId member, int count) {
        return load(member).latest(count);
    }

    @Override
    public synchronized int forgetBefore(LocalDate cutoff) {
        String end = indexKey(cutoff.toEpochDay(), "");
        List<String> due = new ArrayList<>();
        Iterator<String> keys = oldestDay.keyIterator(null);
        while (keys.hasNext()) {
            String key = keys.next();
            if (key.compareTo(end) >= 0) {
                break;
            }
            due.add(key);
        }
        for (String key : due) {
            // The visited index entry goes whatever it says, so a stale one (left by a crash) is not visited forever.
            oldestDay.remove(key);
            MemberId member = new MemberId(key.substring(key.indexOf('~') + 1));
            DayBytes days = load(member);
            days.dropBefore(cutoff.toEpochDay());
            if (days.isEmpty()) {
                histories.remove(member.value());
            } else {
                oldestDay.put(indexKey(days.firstDay(), member.value()), "");
                histories.put(member.value(), days.encode());
            }
        }
        return due.size();
    }

    @Override
    public Object export(MemberId member) {
        DayBytes days = load(member);
        if (days.isEmpty()) {
            return List.of();
        }
        return days.between(Long.MIN_VALUE, Long.MAX_VALUE).stream().map(MoodEntry::exportView).toList();
    }

    @Override
    public synchronized void forget(MemberId member) {
        DayBytes days = load(member);
        if (!days.isEmpty()) {
            oldestDay.remove(indexKey(days.firstDay(), member.value()));
        }
        histories.remove(member.value());
    }

    private DayBytes load(MemberId member) {
        byte[] data = histories.get(member.value());
        return data == null ? DayBytes.empty() : DayBytes.decode(data);
    }

    /** Writes the record and moves its index entry when the oldest day changed. */
    private void store(MemberId member, DayBytes days, long oldestBefore) {
        if (days.isEmpty()) {
            histories.remove(member.value());
        } else {
            // Index first: a crash in between leaves an index entry too many, never a history expiry misses.
            if (days.firstDay() != oldestBefore) {
                oldestDay.put(indexKey(days.firstDay(), member.value()), "");
            }
            histories.put(member.value(), days.encode());
        }
        if (oldestBefore != Long.MIN_VALUE && (days.isEmpty() || days.firstDay() != oldestBefore)) {
            oldestDay.remove(indexKey(oldestBefore, member.value()));
        }
    }

    /** The day padded to nine digits, so keys sort by day (String.format was too slow for every answer). */
    private static String indexKey(long epochDay, String member) {
        String digits = Long.toString(epochDay);
        return "000000000".substring(Math.min(9, digits.length())) + digits + '~' + member;
    }
}
