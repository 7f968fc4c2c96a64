package app.kindred.core.onboarding;

import app.kindred.core.contract.Address;
import app.kindred.core.contract.Lifecycle;
import app.kindred.core.contract.LocaleHints;
import app.kindred.core.contract.Message;
import app.kindred.core.contract.Place;
import app.kindred.core.contract.Platform;
import app.kindred.core.conversation.CoreSettings;
import app.kindred.core.testing.TestMember;
import app.kindred.core.testing.TestPlatform;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class OnboardingScenarioTest {

    private final TestPlatform kindred = platform();

    /** The platform the scenarios run on: the embedded store here; the Redis store runs them too. */
    TestPlatform platform() {
        return TestPlatform.start();
    }

    @Test
    void added_to_a_group_kindred_introduces_itself_there_and_asks_people_to_write_privately() {
        var said = kindred.happens(new Lifecycle.BotAdded(Platform.TELEGRAM, "tg", Place.space("-100123"),
                new LocaleHints("es", null, null)));

        assertThat(said).singleElement().isInstanceOfSatisfying(Message.class, intro -> {
            assertThat(intro.to()).isEqualTo(new Address.Space(Platform.TELEGRAM, "tg", "-100123"));
            assertThat(intro.plainText())
                    .contains("Hola, soy Kindred")
                    .contains("escríbeme en un chat privado y envía /start")
                    .contains("número de emergencias");
            assertThat(intro.parts()).noneMatch(part -> part instanceof app.kindred.core.contract.Part.Buttons);
        });
        assertThat(kindred.happens(new Lifecycle.BotAdded(Platform.TELEGRAM, "tg", Place.direct("42"), LocaleHints.none())))
                .as("a one-to-one chat gets the welcome when the member writes, not before").isEmpty();
    }

    @Test
    void a_newcomer_hears_who_kindred_is_and_agrees_before_anything_is_kept() {
        TestMember maya = kindred.member("Maya", new LocaleHints("en", "GB", "Europe/London"));

        var welcome = maya.sends("/start");
        assertThat(welcome.text())
                .contains("Hi Maya, I'm Kindred")
                .contains("not a therapist")
                .contains("not an emergency service")
                .contains("call 999")
                .contains("What I keep")
                .contains("Mood entries are deleted after 365 days");
        assertThat(welcome.buttonLabels()).contains("I agree, let's start", "Not now", "Español", "Deutsch", "Français");
        assertThat(kindred.store().members().find(maya.id())).isEmpty();

        var agreed = maya.presses("I agree, let's start");
        assertThat(agreed.text()).contains("You're all set").contains("/checkin");
        var profile = kindred.store().members().find(maya.id()).orElseThrow();
        assertThat(profile.hasConsented()).isTrue();
        assertThat(profile.country()).isEqualTo("GB");
        assertThat(profile.timeZone()).isEqualTo("Europe/London");
    }

    @Test
    void the_welcome_promises_the_mood_retention_this_community_runs_with() {
        TestPlatform keepsNinetyDays = TestPlatform.start(s -> new CoreSettings(s.defaultLanguage(), s.defaultCountry(),
                s.defaultTimeZone(), Duration.ofDays(90), s.floodLimit(), s.floodWindow(), s.maxTextLength(),
                s.promptValidity()));

        assertThat(keepsNinetyDays.member("Lena").sends("/start").text()).contains("deleted after 90 days");
    }

    @Test
    void a_member_can_read_the_welcome_in_another_language_and_agree_in_it() {
        TestMember lucia = kindred.member("Lucia", LocaleHints.language("en"));
        lucia.sends("/start");

        var inSpanish = lucia.presses("Español");
        assertThat(inSpanish.text()).contains("Hola, Lucia, soy Kindred").contains("No soy terapeuta");

        var agreed = lucia.presses("De acuerdo, empecemos");
        assertThat(agreed.text()).contains("Ya está todo listo");
        assertThat(kindred.store().members().find(lucia.id()).orElseThrow().language()).isEqualTo("es");
    }

    @Test
    void someone_who_declines_is_left_with_nothing_stored_and_the_helplines_still_open() {
        TestMember sam = kindred.member("Sam");
        sam.sends("/start");

        assertThat(sam.presses("Not now").text()).contains("I've kept nothing").contains("/helplines");
        assertThat(kindred.store().members().find(sam.id())).isEmpty();
    }

    @Test
    void commands_that_keep_data_ask_for_consent_first() {
        TestMember noor = kindred.member("Noor");

        var reply = noor.sends("/settings");
        assertThat(reply.text()).contains("What I keep");
        assertThat(reply.buttonLabels()).contains("I agree, let's start");
        assertThat(kindred.store().members().find(noor.id())).isEmpty();
    }

    @Test
    void an_unknown_command_gets_a_pointer_to_help() {
        TestMember ali = kindred.member("Ali");
        assertThat(ali.sends("/frobnicate").text()).contains("I don't know the command \"frobnicate\"").contains("/help");
    }

    @Test
    void a_typo_of_a_command_gets_the_command_it_probably_meant() {
        TestMember ali = kindred.member("Ali");

        assertThat(ali.sends("/chekin").text()).contains("I don't know the command \"chekin\"")
                .contains("Did you mean /checkin?");
        assertThat(ali.sends("/check-in 09:00").text()).contains("Did you mean /checkin?");
        assertThat(ali.sends("/hlep").text()).contains("Did you mean /help?");
        assertThat(ali.sends("/helplnes").text()).contains("Did you mean /helplines?");
        assertThat(ali.sends("/frobnicate").text()).doesNotContain("Did you mean");
    }

    @Test
    void a_very_long_unknown_command_is_not_repeated_in_full() {
        TestMember ali = kindred.member("Ali");

        String reply = ali.sends("/" + "x".repeat(5_000)).text();

        assertThat(reply).contains("I don't know the command").contains("/help");
        assertThat(reply.length()).isLessThan(300);
    }

    @Test
    void settings_change_language_country_and_time_zone_and_refuse_nonsense() {
        TestMember jo = kindred.member("Jo");
        jo.sends("/start");
        jo.presses("I agree, let's start");

        assertThat(jo.sends("/settings timezone Mars/Olympus").text()).contains("Area/City");
        assertThat(jo.sends("/settings timezone America/Chicago").text()).contains("America/Chicago");
        assertThat(jo.sends("/settings country us").text()).contains("US");
        assertThat(jo.sends("/language de").text()).contains("Deutsch");
        assertThat(jo.sends("/settings").text()).contains("Zeitzone: America/Chicago").contains("Land: US");
        assertThat(jo.sends("/language klingon").text()).contains("en, es, de, fr");
    }

    @Test
    void a_setting_that_is_not_right_says_what_was_wrong_and_keeps_what_was_there() {
        TestMember jo = kindred.member("Jo");
        jo.sends("/start");
        jo.presses("I agree, let's start");

        assertThat(jo.sends("/settings timezone Mars/Olympus").text())
                .contains("I don't know the time zone \"Mars/Olympus\"").contains("Europe/London");
        assertThat(jo.sends("/settings country ZZ").text())
                .contains("I don't know the country \"ZZ\"").contains("two-letter code or its name");
        assertThat(jo.sends("/settings").text()).contains("Country: not set").contains("Time zone: not set");
    }

    @Test
    void a_country_can_be_named_as_well_as_given_by_its_code() {
        TestMember jo = kindred.member("Jo");
        jo.sends("/start");
        jo.presses("I agree, let's start");

        assertThat(jo.sends("/settings country Spain").text()).contains("your country is now ES");
        assertThat(jo.sends("/settings country united kingdom").text()).contains("your country is now GB");
        assertThat(jo.sends("/settings country Alemania").text()).contains("your country is now DE");
        assertThat(jo.sends("/settings country Narnia").text()).contains("I don't know the country \"Narnia\"");
    }

    @Test
    void a_time_zone_typed_in_small_letters_or_with_spaces_is_understood() {
        TestMember jo = kindred.member("Jo");
        jo.sends("/start");
        jo.presses("I agree, let's start");

        assertThat(jo.sends("/settings timezone europe/paris").text()).contains("your time zone is now Europe/Paris");
        assertThat(jo.sends("/checkin zone america/new york").text()).contains("America/New_York");
        assertThat(jo.sends("/settings").text()).contains("Time zone: America/New_York");
    }

    @Test
    void a_display_name_with_direction_overrides_and_control_characters_is_greeted_plainly() {
        TestMember ana = kindred.member("\u202EAna\u0000\u200F\u0085");

        assertThat(ana.sends("/start").text()).contains("Hi Ana, I'm Kindred");
    }

    @Test
    void a_language_can_be_named_as_people_say_it() {
        TestMember jo = kindred.member("Jo");
        jo.sends("/start");
        jo.presses("I agree, let's start");

        assertThat(jo.sends("/language Español").text()).contains("te hablaré en español");
        assertThat(jo.sends("/language german").text()).contains("spreche ich Deutsch");
        assertThat(jo.sends("/language francais").text()).contains("je te parlerai en français");
        assertThat(jo.sends("/language klingon").text()).contains("en, es, de, fr");
    }

    @Test
    void a_country_hint_that_is_no_country_is_not_taken_as_the_members_country() {
        TestMember pat = kindred.member("Pat", new LocaleHints("en", "ZZ", "Europe/London"));
        pat.sends("/start");
        pat.presses("I agree, let's start");

        assertThat(pat.sends("/settings").text()).contains("Country: not set");
        assertThat(pat.sends("/helplines").text()).doesNotContain("ZZ").contains("findahelpline.com");
    }

    @Test
    void a_display_name_cannot_inject_markup() {
        TestMember sneaky = kindred.member("**boss**_x_");
        var welcome = sneaky.sends("/start");
        var first = welcome.parts(app.kindred.core.contract.Part.Text.class).findFirst().orElseThrow();
        assertThat(first.markdown()).contains("\\*\\*boss\\*\\*\\_x\\_");
        assertThat(welcome.text()).contains("Hi **boss**_x_, I'm Kindred");
    }
}
