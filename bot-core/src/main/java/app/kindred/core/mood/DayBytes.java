package app.kindred.core.mood;

import java.nio.ByteBuffer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A member's mood history as bytes: one byte per day from the first day kept (0 where there was no
 * check-in), then the tag masks of only those days that have tags. A year of daily check-ins is about
 * 370 bytes.
 */
final class DayBytes {

    private long firstDay;
    private byte[] scores;
    private byte[] tags;

    private DayBytes(long firstDay, byte[] scores, byte[] tags) {
        this.firstDay = firstDay;
        this.scores = scores;
        this.tags = tags;
    }

    static DayBytes empty() {
        return new DayBytes(0, new byte[0], new byte[0]);
    }

    static DayBytes decode(byte[] data) {
        ByteBuffer in = ByteBuffer.wrap(data);
        long first = in.getInt();
        byte[] scores = new byte[in.getShort() & 0xffff];
        in.get(scores);
        byte[] tags = new byte[scores.length];
        int tagged = in.getShort() & 0xffff;
        for (int i = 0; i < tagged; i++) {
            int offset = in.getShort() & 0xffff;
            tags[offset] = in.get();
        }
        return new DayBytes(first, scores, tags);
    }

    byte[] encode() {
        int tagged = 0;
        for (byte mask : tags) {
            if (mask != 0) {
                tagged++;
            }
        }
        ByteBuffer out = ByteBuffer.allocate(4 + 2 + scores.length + 2 + tagged * 3);
        out.putInt((int) firstDay).putShort((short) scores.length).put(scores).putShort((short) tagged);
        for (int i = 0; i < tags.length; i++) {
            if (tags[i] != 0) {
                out.putShort((short) i).put(tags[i]);
            }
        }
        return out.array();
    }

    boolean isEmpty() {
        return scores.length == 0;
    }

    long firstDay() {
        return firstDay;
    }

    void setScore(long day, int score) {
        cover(day);
        scores[(int) (day - firstDay)] = (byte) score;
    }

    /** Adds a tag to a day with a score; a day without one stays untagged. */
    boolean addTag(long day, MoodTag tag) {
        int at = (int) (day - firstDay);
        if (isEmpty() || at < 0 || at >= scores.length || scores[at] == 0) {
            return false;
        }
        tags[at] = (byte) (tags[at] | tag.bit());
        return true;
    }

    /** Drops every day before {@code day}. */
    void dropBefore(long day) {
        if (isEmpty() || day <= firstDay) {
            return;
        }
        int from = (int) Math.min(day - firstDay, scores.length);
        scores = java.util.Arrays.copyOfRange(scores, from, scores.length);
        tags = java.util.Arrays.copyOfRange(tags, from, tags.length);
        firstDay += from;
        trim();
    }

    List<MoodEntry> between(long from, long to) {
        List<MoodEntry> out = new ArrayList<>();
        long start = Math.max(from, firstDay);
        long end = Math.min(to, firstDay + scores.length - 1);
        for (long day = start; day <= end; day++) {
            int at = (int) (day - firstDay);
            if (scores[at] != 0) {
                out.add(new MoodEntry(LocalDate.ofEpochDay(day), scores[at], MoodTag.fromMask(tags[at])));
            }
        }
        return out;
    }

    List<MoodEntry> latest(int count) {
        List<MoodEntry> out = new ArrayList<>();
        for (int at = scores.length - 1; at >= 0 && out.size() < count; at--) {
            if (scores[at] != 0) {
                out.add(new MoodEntry(LocalDate.ofEpochDay(firstDay + at), scores[at], MoodTag.fromMask(tags[at])));
            }
        }
        return out;
    }

    /** Grows the arrays so {@code day} has a slot. */
    private void cover(long day) {
        if (isEmpty()) {
            firstDay = day;
            scores = new byte[1];
            tags = new byte[1];
        } else if (day < firstDay) {
            int grow = (int) (firstDay - day);
            scores = prepend(scores, grow);
            tags = prepend(tags, grow);
            firstDay = day;
        } else if (day >= firstDay + scores.length) {
            int length = (int) (day - firstDay + 1);
            scores = java.util.Arrays.copyOf(scores, length);
            tags = java.util.Arrays.copyOf(tags, length);
        }
    }

    /** Leading and trailing days without a score take no space. */
    private void trim() {
        int start = 0;
        while (start < scores.length && scores[start] == 0) {
            start++;
        }
        int end = scores.length;
        while (end > start && scores[end - 1] == 0) {
            end--;
        }
        scores = java.util.Arrays.copyOfRange(scores, start, end);
        tags = java.util.Arrays.copyOfRange(tags, start, end);
        firstDay += start;
    }

    private static byte[] prepend(byte[] array, int grow) {
        byte[] bigger = new byte[array.length + grow];
        System.arraycopy(array, 0, bigger, grow, array.length);
        return bigger;
    }
}
