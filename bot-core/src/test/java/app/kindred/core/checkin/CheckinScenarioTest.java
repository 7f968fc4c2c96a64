package app.kindred.core.checkin;

import app.kindred.core.contract.LocaleHints;
import app.kindred.core.contract.Message;
import app.kindred.core.mood.MoodEntry;
import app.kindred.core.mood.MoodTag;
import app.kindred.core.prompts.Say;
import app.kindred.core.prompts.YamlPrompts;
import app.kindred.core.testing.Reply;
import app.kindred.core.testing.TestMember;
import app.kindred.core.testing.TestPlatform;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class CheckinScenarioTest {

    private static final Say ENGLISH = new Say(YamlPrompts.bundled(), "en");
    private static final LocaleHints LONDON = new LocaleHints("en", "GB", "Europe/London");
    private static final LocaleHints NEW_YORK = new LocaleHints("en", "US", "America/New_York");
    private static final LocaleHints BERLIN = new LocaleHints("en", "DE", "Europe/Berlin");

    private final TestPlatform kindred = platform();

    /** The platform the scenarios run on: the embedded store here; the Redis store runs them too. */
    TestPlatform platform() {
        return TestPlatform.start();
    }

    @Test
    void a_member_checks_in_now_and_is_answered_warmly_then_adds_tags() {
        TestMember maya = kindred.consentedMember("Maya", LONDON);

        Reply prompt = maya.sends("/checkin");
        assertThat(ENGLISH.all("checkin.question")).anySatisfy(question -> assertThat(prompt.text()).contains(question));
        assertThat(prompt.buttonLabels()).containsSubsequence("😣 1 · Very low", "🙁 2 · Low", "😐 3 · Okay",
                "🙂 4 · Good", "😄 5 · Great", "Skip today", "Ask in an hour", "Ask tonight");

        Reply answer = maya.presses("🙂 4 · Good");
        assertThat(ENGLISH.all("checkin.ack.high")).anySatisfy(ack -> assertThat(answer.text()).contains(ack));
        assertThat(answer.text()).contains("Is it about anything in particular?").doesNotContain("/helplines");
        assertThat(answer.buttonLabels()).containsExactly("Work", "Sleep", "Family", "Health", "Relationships", "Money");

        assertThat(maya.presses("Work").text()).contains("Noted: Work. Anything else?");
        Reply second = maya.presses("Sleep");
        assertThat(second.text()).contains("Noted: Work, Sleep.");
        assertThat(second.buttonLabels()).containsExactly("Family", "Health", "Relationships", "Money");

        LocalDate today = LocalDate.of(2026, 3, 2);
        assertThat(kindred.store().moodHistory().between(maya.id(), today, today))
                .containsExactly(new MoodEntry(today, 4, Set.of(MoodTag.WORK, MoodTag.SLEEP)));
    }

    @Test
    void answering_the_same_check_in_twice_records_it_once() {
        TestMember sam = kindred.consentedMember("Sam", LONDON);
        sam.sends("/checkin");
        sam.presses("🙂 4 · Good");

        assertThat(sam.presses("🙂 4 · Good").text()).contains("already done");
        assertThat(sam.presses("😣 1 · Very low").text()).contains("already done").doesNotContain("/helplines");
        assertThat(kindred.store().moodHistory().latest(sam.id(), 5)).extracting(MoodEntry::score).containsExactly(4);
    }

    @Test
    void members_in_two_time_zones_are_asked_at_their_own_eight_oclock_through_a_daylight_saving_change() {
        TestMember london = kindred.consentedMember("Lena", LONDON);
        TestMember newYork = kindred.consentedMember("Nick", NEW_YORK);

        assertThat(london.sends("/checkin 08:00").text())
                .contains("I'll check in with you every day at 08:00 (Europe/London)")
                .contains("The next one is on Tuesday 3 March at 08:00");
        assertThat(newYork.sends("/checkin 8am").text())
                .contains("every day at 08:00 (America/New_York)")
                .contains("The next one is on Monday 2 March at 08:00");

        Map<TestMember, List<Instant>> prompts = promptsDuring(Duration.ofDays(8), london, newYork);

        // London stays on GMT all week; New York moves its clocks forward early on Sunday 8 March.
        assertThat(prompts.get(london)).containsExactly(
                at("2026-03-03T08:00:00Z"), at("2026-03-04T08:00:00Z"), at("2026-03-05T08:00:00Z"),
                at("2026-03-06T08:00:00Z"), at("2026-03-07T08:00:00Z"), at("2026-03-08T08:00:00Z"),
                at("2026-03-09T08:00:00Z"), at("2026-03-10T08:00:00Z"));
        assertThat(prompts.get(newYork)).containsExactly(
                at("2026-03-02T13:00:00Z"), at("2026-03-03T13:00:00Z"), at("2026-03-04T13:00:00Z"),
                at("2026-03-05T13:00:00Z"), at("2026-03-06T13:00:00Z"), at("2026-03-07T13:00:00Z"),
                at("2026-03-08T12:00:00Z"), at("2026-03-09T12:00:00Z"));
    }

    @Test
    void a_time_in_the_spring_forward_gap_fires_at_the_next_valid_instant_and_a_repeated_hour_fires_once() {
        TestMember berlin = kindred.consentedMember("Bea", BERLIN);
        assertThat(berlin.sends("/checkin 02:30").text()).contains("every day at 02:30 (Europe/Berlin)");

        // On 29 March 2026 Berlin's clocks jump from 02:00 to 03:00: 02:30 never happens that night.
        kindred.clock().set(at("2026-03-28T00:00:00Z"));
        List<Instant> spring = promptsDuring(Duration.ofDays(3), berlin).get(berlin);
        assertThat(spring).containsExactly(
                at("2026-03-28T01:30:00Z"),   // 02:30 CET
                at("2026-03-29T01:00:00Z"),   // 03:00 CEST, the first instant after the gap
                at("2026-03-30T00:30:00Z"));  // 02:30 CEST

        // On 25 October 2026 the clocks go back from 03:00 to 02:00: 02:30 happens twice, and is asked once.
        kindred.clock().set(at("2026-10-24T12:00:00Z"));
        List<Instant> autumn = promptsDuring(Duration.ofDays(2), berlin).get(berlin);
        assertThat(autumn).containsExactly(
                at("2026-10-25T00:30:00Z"),   // the first 02:30, still CEST
                at("2026-10-26T01:30:00Z"));  // 02:30 CET
    }

    @Test
    void chosen_days_and_weekdays_are_kept_and_the_schedule_can_be_shown_and_stopped() {
        TestMember jo = kindred.consentedMember("Jo", LONDON);

        assertThat(jo.sends("/checkin 18:30 mon wed fri").text())
                .contains("on Monday, Wednesday, Friday at 18:30").contains("Monday 2 March at 18:30");
        assertThat(jo.sends("/checkin weekdays").text()).contains("on weekdays at 18:30");
        assertThat(jo.sends("/checkin settings").text()).contains("Your check-ins: on weekdays at 18:30 (Europe/London)");

        List<Instant> prompts = promptsDuring(Duration.ofDays(7), jo).get(jo);
        assertThat(prompts).hasSize(5).allSatisfy(instant ->
                assertThat(instant.atZone(java.time.ZoneOffset.UTC).getDayOfWeek().getValue()).isLessThanOrEqualTo(5));

        assertThat(jo.sends("/checkin off").text()).contains("Scheduled check-ins are off");
        assertThat(promptsDuring(Duration.ofDays(7), jo).get(jo)).isEmpty();
        assertThat(jo.sends("/checkin settings").text()).contains("no scheduled check-ins");
    }

    @Test
    void a_member_whose_time_zone_is_unknown_is_asked_for_it_before_anything_is_scheduled() {
        TestMember kai = kindred.consentedMember("Kai", LocaleHints.language("en"));

        Reply asked = kai.sends("/checkin 09:00");
        assertThat(asked.text()).contains("Which time zone are you in?");
        assertThat(asked.buttonLabels()).containsExactly("Use UTC");
        assertThat(kindred.store().dueCheckins().pending(kai.id(), DueCheckin.Kind.REGULAR)).isEmpty();

        assertThat(kai.sends("/checkin zone Mars/Olympus").text()).contains("I don't know the time zone \"Mars/Olympus\"");
        assertThat(kai.sends("/checkin zone Asia/Tokyo").text())
                .contains("every day at 09:00 (Asia/Tokyo)").contains("Tuesday 3 March at 09:00");
        assertThat(kindred.store().dueCheckins().pending(kai.id(), DueCheckin.Kind.REGULAR).orElseThrow().fireAt())
                .isEqualTo(at("2026_03_03T00:00:00Z".replace('_', '-')));
        assertThat(kindred.store().members().find(kai.id()).orElseThrow().timeZone()).isEqualTo("Asia/Tokyo");
    }

    @Test
    void the_community_default_zone_is_one_tap_away() {
        TestMember kai = kindred.consentedMember("Kai", LocaleHints.language("en"));
        kai.sends("/checkin 07:15 weekdays");

        assertThat(kai.presses("Use UTC").text()).contains("on weekdays at 07:15 (UTC)");
        assertThat(kindred.store().dueCheckins().pending(kai.id(), DueCheckin.Kind.REGULAR).orElseThrow().fireAt())
                .isEqualTo(at("2026-03-03T07:15:00Z"));
    }

    @Test
    void nonsense_after_the_command_gets_the_usage() {
        TestMember ali = kindred.consentedMember("Ali", LONDON);
        assertThat(ali.sends("/checkin whenever you like").text()).contains("Here's how check-ins work").contains("/checkin off");
        assertThat(ali.sends("/checkin 25:00").text()).contains("Here's how check-ins work");
        assertThat(ali.sends("/checkin mondays").text()).contains("What time would you like them?");
    }

    @Test
    void a_time_that_does_not_exist_or_a_word_not_understood_is_named_back_and_nothing_changes() {
        TestMember ali = kindred.consentedMember("Ali", LONDON);

        assertThat(ali.sends("/checkin 25:99").text()).contains("\"25:99\" isn't a time of day I can use")
                .contains("09:00").contains("Here's how check-ins work");
        assertThat(ali.sends("/checkin 09:00 whenever").text()).contains("I didn't understand \"whenever\"")
                .contains("Here's how check-ins work");
        assertThat(ali.sends("/checkin settings").text()).contains("You have no scheduled check-ins");
        assertThat(ali.sends("/checkin zone " + "Europe/".repeat(2_000)).text()).contains("I don't know the time zone")
                .hasSizeLessThan(300);
    }

    @Test
    void a_score_typed_instead_of_pressed_gets_told_where_to_tap() {
        TestMember ali = kindred.consentedMember("Ali", LONDON);
        ali.sends("/checkin");

        assertThat(ali.says("2").text()).contains("tap 2 on the buttons under the question").doesNotContain("can't chat freely");
        // The answer to a score is one of several wordings; the tags question follows every one of them.
        assertThat(ali.presses("🙁 2 · Low").text()).contains("Is it about anything in particular?");
    }

    @Test
    void a_check_in_can_be_snoozed_for_an_hour_and_comes_back_once_without_another_snooze() {
        TestMember maya = kindred.consentedMember("Maya", LONDON);
        maya.sends("/checkin");

        assertThat(maya.presses("Ask in an hour").text()).contains("I'll ask again at 10:00");
        assertThat(kindred.runFor(Duration.ofMinutes(59))).isEmpty();
        kindred.runFor(Duration.ofMinutes(1));
        List<Message> back = maya.unread();
        assertThat(back).hasSize(1);
        assertThat(ENGLISH.all("checkin.question-again")).anySatisfy(q -> assertThat(back.get(0).plainText()).contains(q));
        assertThat(new Reply(List.copyOf(back), back).buttonLabels()).contains("😄 5 · Great", "Skip today")
                .doesNotContain("Ask in an hour", "Ask tonight");
        assertThat(back.get(0).deliveryKey()).startsWith("ci:").endsWith(":s");

        Reply skipped = maya.presses("Skip today");
        assertThat(ENGLISH.all("checkin.skipped")).anySatisfy(s -> assertThat(skipped.text()).contains(s));
        assertThat(kindred.runFor(Duration.ofHours(3))).isEmpty();
    }

    @Test
    void a_check_in_snoozed_until_tonight_is_not_sent_once_it_was_answered() {
        TestMember maya = kindred.consentedMember("Maya", LONDON);
        maya.sends("/checkin");

        assertThat(maya.presses("Ask tonight").text()).contains("I'll ask again at 20:00");
        kindred.runFor(Duration.ofHours(2));
        maya.presses("😐 3 · Okay");

        kindred.runFor(Duration.ofHours(12));
        assertThat(maya.unread()).isEmpty();
    }

    @Test
    void paused_members_get_nothing_and_missed_check_ins_are_never_nagged_about() {
        TestMember lena = kindred.consentedMember("Lena", LONDON);
        lena.sends("/checkin 10:00");
        lena.sends("/pause");
        assertThat(lena.sends("/checkin settings").text()).contains("paused");

        assertThat(promptsDuring(Duration.ofDays(2), lena).get(lena)).isEmpty();

        lena.sends("/resume");
        // Three prompts go unanswered: each day brings one prompt, the same kind of question, and no reminder.
        List<Message> received = new ArrayList<>();
        for (int day = 0; day < 3; day++) {
            kindred.runFor(Duration.ofDays(1));
            received.addAll(lena.unread());
        }
        assertThat(received).hasSize(3).allSatisfy(message -> {
            assertThat(message.urgency()).isEqualTo(Message.Urgency.SCHEDULED);
            assertThat(ENGLISH.all("checkin.question")).anySatisfy(q -> assertThat(message.plainText()).startsWith(q));
            assertThat(message.plainText()).doesNotContainIgnoringCase("missed");
        });
        assertThat(received).extracting(Message::deliveryKey).doesNotHaveDuplicates();
    }

    @Test
    void a_member_the_platform_cannot_reach_is_sent_nothing_until_they_write_again() {
        TestMember lena = kindred.consentedMember("Lena", LONDON);
        lena.sends("/checkin 10:00");
        kindred.kindred().handle(new app.kindred.core.contract.Lifecycle.MemberUnreachable(
                lena.sender().platform(), lena.sender().community(), lena.sender().userId()));

        assertThat(promptsDuring(Duration.ofDays(2), lena).get(lena)).isEmpty();

        lena.sends("/tips");   // she unblocked Kindred and wrote again
        assertThat(promptsDuring(Duration.ofDays(1), lena).get(lena)).containsExactly(at("2026-03-04T10:00:00Z"));
    }

    @Test
    void after_a_move_to_another_time_zone_no_check_in_comes_at_the_old_zones_hour() {
        TestMember kai = kindred.consentedMember("Kai", LONDON);
        kai.sends("/checkin 08:00");
        kai.sends("/settings timezone Asia/Tokyo");

        List<Instant> prompts = promptsDuring(Duration.ofDays(3), kai).get(kai);
        assertThat(prompts).doesNotContain(at("2026-03-03T08:00:00Z"), at("2026-03-04T08:00:00Z"))
                .isNotEmpty()
                .allSatisfy(instant -> assertThat(instant.atZone(java.time.ZoneId.of("Asia/Tokyo")).getHour()).isEqualTo(8));

        // Setting the zone through /checkin moves the schedule at once.
        kai.sends("/checkin zone America/Chicago");
        assertThat(kindred.store().dueCheckins().pending(kai.id(), DueCheckin.Kind.REGULAR).orElseThrow().fireAt()
                .atZone(java.time.ZoneId.of("America/Chicago")).getHour()).isEqualTo(8);
    }

    @Test
    void a_low_score_offers_a_listening_ear_a_tip_and_the_helplines_and_repeated_low_scores_a_gentle_pointer() {
        TestMember noor = kindred.consentedMember("Noor", LONDON);

        noor.sends("/checkin");
        Reply low = noor.presses("🙁 2 · Low");
        assertThat(ENGLISH.all("checkin.ack.low")).anySatisfy(ack -> assertThat(low.text()).contains(ack));
        assertThat(low.text()).contains("/groups").contains("/buddy").contains("/helplines")
                .contains("One small thing that might help:").doesNotContain("doctor");
        assertThat(ENGLISH.all("checkin.self-care")).anySatisfy(tip -> assertThat(low.text()).contains(tip));

        kindred.clock().advance(Duration.ofDays(1));
        noor.sends("/checkin");
        assertThat(noor.presses("🙂 4 · Good").text()).doesNotContain("/helplines");

        kindred.clock().advance(Duration.ofDays(1));
        noor.sends("/checkin");
        assertThat(noor.presses("😣 1 · Very low").text()).doesNotContain("doctor");

        kindred.clock().advance(Duration.ofDays(1));
        noor.sends("/checkin");
        Reply third = noor.presses("🙁 2 · Low");
        assertThat(third.text()).contains("Your last few check-ins have been low").contains("doctor").contains("/helplines");
    }

    @Test
    void a_scheduled_prompt_is_answered_for_the_day_it_was_asked() {
        TestMember lena = kindred.consentedMember("Lena", LONDON);
        lena.sends("/checkin 23:30");
        kindred.runFor(Duration.ofHours(15));
        assertThat(lena.unread()).hasSize(1);

        kindred.runFor(Duration.ofHours(2));   // past midnight in London
        lena.presses("😄 5 · Great");

        assertThat(kindred.store().moodHistory().latest(lena.id(), 1))
                .containsExactly(MoodEntry.of(LocalDate.of(2026, 3, 2), 5));
    }

    @Test
    void forget_deletes_every_check_in_trace_and_the_clock_sends_nothing_afterwards() {
        TestMember ana = kindred.consentedMember("Ana", LONDON);
        ana.sends("/checkin 08:00");
        ana.sends("/checkin");
        ana.presses("🙁 2 · Low");
        ana.presses("Money");
        kindred.clock().advance(Duration.ofMinutes(5));
        ana.sends("/checkin");
        ana.presses("Ask in an hour");
        ana.sends("/tips");

        String json = new String(ana.sends("/export").parts(app.kindred.core.contract.Part.Document.class)
                .findFirst().orElseThrow().content(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(json).contains("\"checkinSchedule\"").contains("\"08:00\"").contains("\"moods\"")
                .contains("\"money\"").contains("\"snoozedUntil\"").contains("\"tipsSeen\"").contains("\"answeredCheckins\"");

        ana.sends("/forget");
        ana.presses("Yes, delete everything");

        assertThat(kindred.store().checkinSchedules().find(ana.id())).isEmpty();
        assertThat(kindred.store().dueCheckins().pending(ana.id(), DueCheckin.Kind.REGULAR)).isEmpty();
        assertThat(kindred.store().dueCheckins().pending(ana.id(), DueCheckin.Kind.SNOOZED)).isEmpty();
        assertThat(kindred.store().moodHistory().latest(ana.id(), 10)).isEmpty();
        assertThat(kindred.store().tipProgress().seen(ana.id())).isEmpty();
        assertThat(kindred.store().answeredCheckins().isAnswered(ana.id(), TestPlatform.START.getEpochSecond() / 60)).isFalse();
        kindred.store().memberData().forEach(holder -> assertThat(holder.export(ana.id())).as(holder.section())
                .satisfiesAnyOf(held -> assertThat(held).isEqualTo(Map.of()), held -> assertThat(held).isEqualTo(List.of())));

        assertThat(kindred.runFor(Duration.ofDays(2))).isEmpty();
    }

    @Test
    void the_old_prompt_pressed_after_forget_stores_nothing_before_consent_again() {
        TestMember ana = kindred.consentedMember("Ana", LONDON);
        ana.sends("/checkin");
        ana.sends("/forget");
        ana.presses("Yes, delete everything");

        Reply pressed = ana.presses("😄 5 · Great");
        assertThat(pressed.text()).contains("What I keep");
        assertThat(kindred.store().moodHistory().latest(ana.id(), 1)).isEmpty();
        assertThat(kindred.store().members().find(ana.id())).isEmpty();
    }

    @Test
    void check_ins_speak_the_members_language_and_understand_their_words() {
        TestMember lucia = kindred.consentedMember("Lucia", new LocaleHints("es", "ES", "Europe/Madrid"));
        assertThat(lucia.sends("/checkin 9:00 lunes miércoles").text())
                .contains("Te preguntaré los días: lunes, miércoles a las 09:00 (Europe/Madrid)")
                .contains("será el miércoles 4 de marzo a las 09:00");

        TestMember jonas = kindred.consentedMember("Jonas", new LocaleHints("de", "DE", "Europe/Berlin"));
        assertThat(jonas.sends("/checkin 8 Uhr werktags").text()).contains("werktags um 08:00 Uhr (Europe/Berlin)");
        Reply prompt = jonas.sends("/checkin");
        assertThat(prompt.buttonLabels()).contains("😣 1 · Sehr schlecht", "Heute nicht");

        TestMember chloe = kindred.consentedMember("Chloé", new LocaleHints("fr", "FR", "Europe/Paris"));
        assertThat(chloe.sends("/checkin tous les jours à 7h30").text()).contains("tous les jours à 07:30 (Europe/Paris)");
    }

    /** Ticks minute by minute, as the app's scheduler does, and notes when each member was sent a check-in. */
    private Map<TestMember, List<Instant>> promptsDuring(Duration span, TestMember... members) {
        Map<TestMember, List<Instant>> prompts = new LinkedHashMap<>();
        for (TestMember member : members) {
            member.unread();
            prompts.put(member, new ArrayList<>());
        }
        Instant end = kindred.clock().instant().plus(span);
        while (kindred.clock().instant().isBefore(end)) {
            kindred.advance(Duration.ofMinutes(1));
            for (TestMember member : members) {
                for (Message message : member.unread()) {
                    if (message.deliveryKey().startsWith("ci:")) {
                        prompts.get(member).add(kindred.clock().instant());
                    }
                }
            }
        }
        return prompts;
    }

    private static Instant at(String instant) {
        return Instant.parse(instant);
    }
}
