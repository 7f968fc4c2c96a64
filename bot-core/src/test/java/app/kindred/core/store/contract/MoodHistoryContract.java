package app.kindred.core.store.contract;

import app.kindred.core.member.MemberId;
import app.kindred.core.mood.MoodEntry;
import app.kindred.core.mood.MoodTag;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What every store promises about mood history. */
public abstract class MoodHistoryContract extends StoreContract {

    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);

    @Test
    void entries_come_back_oldest_first_and_days_without_a_check_in_are_absent() {
        MemberId member = newMember();
        store.moodHistory().record(member, MONDAY.plusDays(3), 4);
        store.moodHistory().record(member, MONDAY, 2);
        store.moodHistory().record(member, MONDAY.plusDays(1), 5);

        assertThat(store.moodHistory().between(member, MONDAY, MONDAY.plusDays(6))).containsExactly(
                MoodEntry.of(MONDAY, 2), MoodEntry.of(MONDAY.plusDays(1), 5), MoodEntry.of(MONDAY.plusDays(3), 4));
        assertThat(store.moodHistory().between(member, MONDAY.plusDays(1), MONDAY.plusDays(2)))
                .containsExactly(MoodEntry.of(MONDAY.plusDays(1), 5));
    }

    @Test
    void a_later_answer_the_same_day_replaces_the_score_and_keeps_the_tags() {
        MemberId member = newMember();
        store.moodHistory().record(member, MONDAY, 2);
        store.moodHistory().addTag(member, MONDAY, MoodTag.WORK);
        store.moodHistory().addTag(member, MONDAY, MoodTag.SLEEP);
        store.moodHistory().addTag(member, MONDAY, MoodTag.WORK);
        store.moodHistory().record(member, MONDAY, 3);

        assertThat(store.moodHistory().between(member, MONDAY, MONDAY))
                .containsExactly(new MoodEntry(MONDAY, 3, Set.of(MoodTag.WORK, MoodTag.SLEEP)));
    }

    @Test
    void a_tag_needs_a_score_that_day() {
        MemberId member = newMember();
        store.moodHistory().addTag(member, MONDAY, MoodTag.MONEY);
        store.moodHistory().record(member, MONDAY.plusDays(1), 4);
        store.moodHistory().addTag(member, MONDAY, MoodTag.MONEY);

        assertThat(store.moodHistory().between(member, MONDAY, MONDAY.plusDays(1)))
                .containsExactly(MoodEntry.of(MONDAY.plusDays(1), 4));
    }

    @Test
    void the_latest_entries_come_newest_first() {
        MemberId member = newMember();
        for (int day = 0; day < 10; day += 2) {
            store.moodHistory().record(member, MONDAY.plusDays(day), 1 + day / 2);
        }

        assertThat(store.moodHistory().latest(member, 3)).extracting(MoodEntry::score).containsExactly(5, 4, 3);
        assertThat(store.moodHistory().latest(member, 99)).hasSize(5);
        assertThat(store.moodHistory().latest(newMember(), 5)).isEmpty();
    }

    @Test
    void a_day_before_the_first_can_still_be_recorded() {
        MemberId member = newMember();
        store.moodHistory().record(member, MONDAY, 3);
        store.moodHistory().record(member, MONDAY.minusDays(40), 1);

        assertThat(store.moodHistory().between(member, MONDAY.minusDays(60), MONDAY)).extracting(MoodEntry::day)
                .containsExactly(MONDAY.minusDays(40), MONDAY);
    }

    @Test
    void days_before_the_retention_cutoff_are_forgotten_for_everyone() {
        MemberId old = newMember();
        MemberId recent = newMember();
        store.moodHistory().record(old, MONDAY.minusDays(400), 2);
        store.moodHistory().record(old, MONDAY.minusDays(366), 3);
        store.moodHistory().record(old, MONDAY.minusDays(10), 4);
        store.moodHistory().record(recent, MONDAY.minusDays(5), 5);

        store.moodHistory().forgetBefore(MONDAY.minusDays(365));

        assertThat(store.moodHistory().between(old, MONDAY.minusDays(1000), MONDAY))
                .containsExactly(MoodEntry.of(MONDAY.minusDays(10), 4));
        assertThat(store.moodHistory().latest(recent, 5)).containsExactly(MoodEntry.of(MONDAY.minusDays(5), 5));
        assertThat(exported("moods", old).toString()).doesNotContain(MONDAY.minusDays(400).toString());
    }

    @Test
    void a_history_entirely_past_retention_is_gone() {
        MemberId member = newMember();
        store.moodHistory().record(member, MONDAY.minusDays(500), 2);
        store.moodHistory().addTag(member, MONDAY.minusDays(500), MoodTag.HEALTH);

        store.moodHistory().forgetBefore(MONDAY.minusDays(365));

        assertThat(store.moodHistory().latest(member, 5)).isEmpty();
        assertThat(isEmptyExport(exported("moods", member))).isTrue();
        // Forgetting again finds nothing left to do for that member.
        store.moodHistory().record(newMember(), MONDAY, 3);
        assertThat(store.moodHistory().forgetBefore(MONDAY.minusDays(365))).isZero();
    }

    @Test
    void scores_outside_one_to_five_are_refused() {
        MemberId member = newMember();
        assertThatThrownBy(() -> store.moodHistory().record(member, MONDAY, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.moodHistory().record(member, MONDAY, 6)).isInstanceOf(IllegalArgumentException.class);
        assertThat(store.moodHistory().latest(member, 1)).isEmpty();
    }

    @Test
    void moods_are_exported_with_their_tags_and_forgotten() {
        MemberId member = newMember();
        store.moodHistory().record(member, MONDAY, 1);
        store.moodHistory().addTag(member, MONDAY, MoodTag.FAMILY);

        assertThat(exported("moods", member).toString()).contains("2026-03-02").contains("family");
        forgetEverywhere(member);
        assertThat(store.moodHistory().latest(member, 5)).isEmpty();
    }
}
