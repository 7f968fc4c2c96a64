package app.kindred.core.mood;

import app.kindred.core.member.MemberId;
import app.kindred.core.store.MemberData;

import java.time.LocalDate;
import java.util.List;

/**
 * Storage port for a member's check-in scores: at most one entry per local day (a later answer that day
 * replaces the earlier one), about a byte per day.
 *
 * <p>Shaped for Redis as well as the embedded store: a per-member string with a byte per day
 * ({@code SETRANGE}/{@code GETRANGE} from the member's first day), a small per-member hash of tag masks
 * for the days that have tags, and one sorted set of each member's oldest day so expiry finds who has
 * old days without scanning everyone. A key TTL of the retention after the last write is a backstop.
 */
public interface MoodHistory extends MemberData {

    /** Keeps the score for a day, replacing an earlier score that day and keeping that day's tags. */
    void record(MemberId member, LocalDate day, int score);

    /** Adds a tag to a day that has a score; does nothing for a day without one. */
    void addTag(MemberId member, LocalDate day, MoodTag tag);

    /** Entries from {@code from} to {@code to}, both included, oldest first; days without a score are absent. */
    List<MoodEntry> between(MemberId member, LocalDate from, LocalDate to);

    /** The member's most recent entries, newest first, at most {@code count}. */
    List<MoodEntry> latest(MemberId member, int count);

    /** Deletes every member's entries for days before {@code cutoff}; returns how many members had some. */
    int forgetBefore(LocalDate cutoff);

    @Override
    default String section() {
        return "moods";
    }
}
