package app.kindred.core.checkin;

import app.kindred.core.prompts.YamlPrompts;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Set;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;

class CheckinWordsTest {

    private final CheckinWords words = new CheckinWords(YamlPrompts.bundled());

    @Test
    void times_are_understood_as_people_write_them() {
        assertThat(change("08:30").time()).isEqualTo(LocalTime.of(8, 30));
        assertThat(change("8").time()).isEqualTo(LocalTime.of(8, 0));
        assertThat(change("7pm").time()).isEqualTo(LocalTime.of(19, 0));
        assertThat(change("12am").time()).isEqualTo(LocalTime.MIDNIGHT);
        assertThat(change("18h30").time()).isEqualTo(LocalTime.of(18, 30));
        assertThat(change("20h").time()).isEqualTo(LocalTime.of(20, 0));
        assertThat(change("9.15").time()).isEqualTo(LocalTime.of(9, 15));
        assertThat(words.parse("24:00")).isInstanceOf(CheckinRequest.Unclear.class);
        assertThat(words.parse("13pm")).isInstanceOf(CheckinRequest.Unclear.class);
    }

    @Test
    void days_are_understood_in_every_language() {
        Set<DayOfWeek> mwf = Set.of(MONDAY, WEDNESDAY, FRIDAY);
        assertThat(change("18:30 mon wed fri").days()).isEqualTo(mwf);
        assertThat(change("at 6pm on mondays, wednesdays and fridays").days()).isEqualTo(mwf);
        assertThat(change("lunes miércoles viernes a las 9").days()).isEqualTo(mwf);
        assertThat(change("Mo Mi Fr 9 Uhr").days()).isEqualTo(mwf);
        assertThat(change("lundi mercredi vendredi à 9h").days()).isEqualTo(mwf);
        assertThat(change("9:00 weekdays").days()).isEqualTo(CheckinSchedule.WEEKDAYS);
        assertThat(change("9:00 de lunes a viernes").days()).isEqualTo(CheckinSchedule.WEEKDAYS);
        assertThat(change("7h en semaine").days()).isEqualTo(CheckinSchedule.WEEKDAYS);
        assertThat(change("every day at 7").days()).isEqualTo(CheckinSchedule.DAILY);
        assertThat(change("jeden Tag um 7").days()).isEqualTo(CheckinSchedule.DAILY);
        assertThat(change("weekdays").time()).isNull();
    }

    @Test
    void keywords_and_nonsense() {
        assertThat(words.parse("")).isInstanceOf(CheckinRequest.Now.class);
        assertThat(words.parse("now")).isInstanceOf(CheckinRequest.Now.class);
        assertThat(words.parse("off")).isInstanceOf(CheckinRequest.Off.class);
        assertThat(words.parse("aus")).isInstanceOf(CheckinRequest.Off.class);
        assertThat(words.parse("réglages")).isInstanceOf(CheckinRequest.Show.class);
        assertThat(words.parse("zone America/Sao_Paulo")).isEqualTo(new CheckinRequest.Zone("America/Sao_Paulo"));
        assertThat(words.parse("fuseau Europe/Paris")).isEqualTo(new CheckinRequest.Zone("Europe/Paris"));
        assertThat(words.parse("at")).isInstanceOf(CheckinRequest.Unclear.class);
        assertThat(words.parse("when I feel like it")).isInstanceOf(CheckinRequest.Unclear.class);
    }

    private CheckinRequest.Change change(String text) {
        CheckinRequest request = words.parse(text);
        assertThat(request).as(text).isInstanceOf(CheckinRequest.Change.class);
        return (CheckinRequest.Change) request;
    }
}
