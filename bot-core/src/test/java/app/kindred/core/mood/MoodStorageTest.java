package app.kindred.core.mood;

import app.kindred.core.member.MemberId;
import app.kindred.core.store.EmbeddedStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class MoodStorageTest {

    private static final LocalDate START = LocalDate.of(2026, 1, 1);

    @Test
    void a_year_of_daily_moods_takes_about_a_byte_per_day() {
        DayBytes days = DayBytes.empty();
        for (int i = 0; i < 365; i++) {
            days.setScore(START.plusDays(i).toEpochDay(), 1 + i % 5);
        }
        for (int i = 0; i < 365; i += 10) {
            days.addTag(START.plusDays(i).toEpochDay(), MoodTag.WORK);
        }
        assertThat(days.encode().length).isLessThan(365 + 8 + 37 * 3 + 1);
        assertThat(DayBytes.decode(days.encode()).between(START.toEpochDay(), START.plusDays(400).toEpochDay())).hasSize(365);
    }

    @Test
    void moods_survive_a_restart_of_the_file_store(@TempDir Path dir) {
        MemberId member = new MemberId("member-on-disk");
        try (EmbeddedStore store = EmbeddedStore.open(dir)) {
            EmbeddedMoodHistory moods = new EmbeddedMoodHistory(store);
            moods.record(member, START, 2);
            moods.addTag(member, START, MoodTag.SLEEP);
        }
        try (EmbeddedStore store = EmbeddedStore.open(dir)) {
            assertThat(new EmbeddedMoodHistory(store).latest(member, 5))
                    .containsExactly(new MoodEntry(START, 2, Set.of(MoodTag.SLEEP)));
        }
    }

    @Test
    void weeks_in_a_row_forgive_skipped_days_and_a_week_just_begun() {
        LocalDate thursday = LocalDate.of(2026, 3, 26);
        List<MoodEntry> entries = List.of(MoodEntry.of(LocalDate.of(2026, 3, 2), 3),
                MoodEntry.of(LocalDate.of(2026, 3, 14), 4), MoodEntry.of(LocalDate.of(2026, 3, 18), 2));
        assertThat(MoodSummary.weeksInARow(entries, thursday)).isEqualTo(3);
        assertThat(MoodSummary.weeksInARow(entries, thursday.plusWeeks(1))).isZero();
        assertThat(MoodSummary.weeksInARow(List.of(), thursday)).isZero();
    }
}
