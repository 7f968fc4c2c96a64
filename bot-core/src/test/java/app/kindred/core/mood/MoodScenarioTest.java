package app.kindred.core.mood;

import app.kindred.core.contract.LocaleHints;
import app.kindred.core.contract.Part;
import app.kindred.core.conversation.CoreSettings;
import app.kindred.core.testing.Reply;
import app.kindred.core.testing.TestMember;
import app.kindred.core.testing.TestPlatform;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class MoodScenarioTest {

    private static final LocaleHints LONDON = new LocaleHints("en", "GB", "Europe/London");
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private final TestPlatform kindred = platform();

    /** The platform the scenarios run on: the embedded store here; the Redis store runs them too. */
    TestPlatform platform() {
        return TestPlatform.start();
    }

    @Test
    void mood_shows_a_real_png_chart_with_alt_text_that_says_the_same_in_words() throws Exception {
        TestMember maya = kindred.consentedMember("Maya", LONDON);
        checkInOnFourDays(maya);

        Reply mood = maya.sends("/mood");

        Part.Image chart = mood.parts(Part.Image.class).findFirst().orElseThrow();
        assertThat(chart.png()).startsWith(PNG_SIGNATURE);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(chart.png()));
        assertThat(image).isNotNull();
        assertThat(image.getWidth()).isEqualTo(800);
        assertThat(image.getHeight()).isEqualTo(400);
        assertThat(chart.altText())
                .contains("over the last 30 days")
                .contains("You checked in on 4 days, with an average of 3.0")
                .contains("Your 7-day average went from 2.0 to 3.0, so it is rising")
                .contains("Lowest: 2 (low) on Monday 2 March")
                .contains("Highest: 4 (good) on Thursday 5 March");
        assertThat(mood.text()).contains("4 check-ins in the last 30 days, averaging 3.0 out of 5");
        assertThat(mood.buttonLabels()).containsExactly("Show 90 days");

        Reply longer = maya.presses("Show 90 days");
        assertThat(longer.parts(Part.Image.class).findFirst().orElseThrow().altText()).contains("over the last 90 days");
        assertThat(longer.buttonLabels()).containsExactly("Show 30 days");
        assertThat(maya.sends("/mood 90").parts(Part.Image.class)).hasSize(1);
        assertThat(maya.sends("/mood 7 days").text()).contains("/mood 90");
    }

    @Test
    void no_check_ins_yet_gets_an_invitation_rather_than_an_empty_chart() {
        TestMember sam = kindred.consentedMember("Sam", LONDON);

        Reply mood = sam.sends("/mood");
        assertThat(mood.parts(Part.Image.class)).isEmpty();
        assertThat(mood.text()).contains("No check-ins in the last 30 days yet").contains("/checkin");
    }

    @Test
    void the_streak_counts_weeks_so_days_off_never_break_it() {
        TestMember jo = kindred.consentedMember("Jo", LONDON);
        // Monday 2 March, then Saturday 14 March and Wednesday 18 March: long gaps, three weeks in a row.
        checkIn(jo, "😐 3 · Okay");
        kindred.clock().advance(Duration.ofDays(12));
        checkIn(jo, "🙂 4 · Good");
        kindred.clock().advance(Duration.ofDays(4));
        checkIn(jo, "🙂 4 · Good");
        // Thursday 26 March has no check-in yet, and the streak still stands.
        kindred.clock().advance(Duration.ofDays(8));

        assertThat(jo.sends("/mood").text()).contains("That's 3 weeks in a row with at least one check-in. Days off never break it.");
    }

    @Test
    void the_chart_is_drawn_in_the_members_language() {
        TestMember jonas = kindred.consentedMember("Jonas", new LocaleHints("de", "DE", "Europe/Berlin"));
        checkIn(jonas, "🙁 2 · Schlecht");

        Reply mood = jonas.sends("/mood");
        assertThat(mood.parts(Part.Image.class).findFirst().orElseThrow().altText())
                .contains("der letzten 30 Tage").contains("2 (schlecht) am Montag, 2. März");
        assertThat(mood.text()).contains("Ein Check-in in den letzten 30 Tagen: 2,0 von 5");
    }

    @Test
    void mood_entries_older_than_the_retention_are_deleted_by_the_clock() {
        TestPlatform shortMemory = TestPlatform.start(settings -> new CoreSettings(settings.defaultLanguage(),
                settings.defaultCountry(), settings.defaultTimeZone(), Duration.ofDays(30), settings.floodLimit(),
                settings.floodWindow(), settings.maxTextLength(), settings.promptValidity()));
        TestMember ana = shortMemory.consentedMember("Ana", LONDON);
        ana.sends("/checkin");
        ana.presses("🙂 4 · Good");

        shortMemory.advance(Duration.ofDays(29));
        assertThat(shortMemory.store().moodHistory().latest(ana.id(), 5)).hasSize(1);

        shortMemory.advance(Duration.ofDays(2));
        assertThat(shortMemory.store().moodHistory().latest(ana.id(), 5)).isEmpty();
        assertThat(ana.sends("/mood").text()).contains("No check-ins");
    }

    /** Scores 2, 3, (nothing), 4 on Monday to Thursday. */
    private void checkInOnFourDays(TestMember member) {
        checkIn(member, "🙁 2 · Low");
        kindred.clock().advance(Duration.ofDays(1));
        checkIn(member, "😐 3 · Okay");
        kindred.clock().advance(Duration.ofDays(2));
        checkIn(member, "🙂 4 · Good");
        kindred.clock().advance(Duration.ofHours(1));
        // A second check-in the same day replaces that day's score.
        checkIn(member, "😐 3 · Okay");
        checkIn(member, "🙂 4 · Good");
        assertThat(kindred.store().moodHistory().latest(member.id(), 10)).extracting(MoodEntry::day)
                .containsExactly(LocalDate.of(2026, 3, 5), LocalDate.of(2026, 3, 3), LocalDate.of(2026, 3, 2));
        kindred.clock().advance(Duration.ofDays(1));
        checkIn(member, "😐 3 · Okay");
    }

    private void checkIn(TestMember member, String label) {
        kindred.clock().advance(Duration.ofMinutes(1));
        member.sends("/checkin");
        member.presses(label);
    }
}
