package app.kindred.core.crisis;

import app.kindred.core.contract.Address;
import app.kindred.core.contract.LocaleHints;
import app.kindred.core.contract.Message;
import app.kindred.core.contract.Platform;
import app.kindred.core.crisis.escalation.CommunitySafety;
import app.kindred.core.crisis.escalation.SafetyContact;
import app.kindred.core.crisis.escalation.SafetyContacts;
import app.kindred.core.testing.BrokenStore;
import app.kindred.core.testing.Reply;
import app.kindred.core.testing.TestMember;
import app.kindred.core.testing.TestPlatform;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Conversations with someone who may be in danger, as the "must show" lists them. */
class CrisisScenarioTest {

    private static final LocaleHints IN_THE_UK = new LocaleHints("en", "GB", "Europe/London");

    /** A fresh platform for each conversation; those that need safety contacts or a broken store make their own. */
    private final TestPlatform kindred = TestPlatform.start();

    @Test
    void someone_in_the_uk_who_wants_to_die_is_answered_at_once_with_the_uk_lines() {
        TestMember maya = kindred.member("Maya", IN_THE_UK);

        Reply reply = maya.says("i just want to die, i can't do this anymore");

        assertThat(reply.isUrgent()).isTrue();
        assertThat(reply.messages()).hasSize(1);
        assertThat(reply.text())
                .contains("I'm a bot, not a crisis service, but a person can be with you right now")
                .contains("People you can talk to now (United Kingdom)")
                .contains("Samaritans: call 116 123 (24/7)")
                .contains("Shout: text SHOUT to 85258 (24/7)")
                .contains("call 999")
                .contains("Find A Helpline: https://findahelpline.com")
                .contains("You can write to me any time");
        assertThat(reply.buttonLabels()).containsExactly("Check in with me tomorrow");
    }

    @Test
    void the_members_own_country_setting_comes_before_the_platform_hint() {
        TestMember jo = kindred.member("Jo", IN_THE_UK);
        jo.sends("/start");
        jo.presses("I agree, let's start");
        jo.sends("/settings country US");

        Reply reply = jo.says("I want to kill myself");

        assertThat(reply.text()).contains("988 Suicide & Crisis Lifeline: call 988 or text 988").contains("call 911")
                .doesNotContain("Samaritans");
    }

    @Test
    void a_country_without_helplines_gets_the_directory_and_the_local_emergency_number() {
        TestMember far = kindred.member("Far", new LocaleHints("en", "AQ", null));

        Reply reply = far.says("I want to end my life");

        assertThat(reply.isUrgent()).isTrue();
        assertThat(reply.text())
                .contains("I don't have a helpline for Antarctica yet")
                .contains("call your local emergency number")
                .contains("https://findahelpline.com");
    }

    @Test
    void someone_whose_country_is_unknown_still_gets_somewhere_to_turn() {
        TestMember anon = kindred.member("Anon", LocaleHints.language("en"));

        Reply reply = anon.says("everyone would be better off without me");

        assertThat(reply.text()).contains("I don't know which country you're in")
                .contains("call your local emergency number").contains("https://findahelpline.com");
    }

    @Test
    void a_country_known_only_by_its_emergency_number_gets_that_number() {
        TestMember sofia = kindred.member("Sofia", new LocaleHints("es", "CO", null));

        Reply reply = sofia.says("quiero morir");

        assertThat(reply.text()).contains("Soy un bot, no un servicio de crisis").contains("llama al 123")
                .contains("https://findahelpline.com");
    }

    @Test
    void a_member_who_asks_for_a_safety_contact_gets_one_and_the_contact_hears_who_and_where_but_not_what() {
        TestPlatform community = withSafetyContact(CommunitySafety.Policy.CONSENT_ONLY);
        TestMember priya = community.member(Platform.SLACK, "T-care", "priya", IN_THE_UK);
        TestMember sam = community.member(Platform.SLACK, "T-care", "Sam", IN_THE_UK);

        Reply reply = sam.says("I keep thinking about killing myself");
        assertThat(reply.text()).contains("This community has people who can reach out to you: Priya");
        assertThat(reply.buttonLabels()).contains("Ask Priya", "No, thanks");
        assertThat(priya.unread()).isEmpty();

        Reply asked = sam.presses("Ask Priya");

        assertThat(asked.text()).contains("I've let Priya know you'd like someone to reach out");
        List<Message> notices = priya.unread();
        assertThat(notices).hasSize(1);
        assertThat(notices.get(0).urgency()).isEqualTo(Message.Urgency.CRISIS);
        assertThat(notices.get(0).plainText())
                .contains("Sam (Slack, T-care) asked for one of this community's safety contacts to reach out")
                .contains("user-Sam")
                .contains("Look after yourself too")
                .doesNotContain("killing");
    }

    @Test
    void a_name_with_direction_overrides_and_control_characters_reaches_a_safety_contact_as_plain_text() {
        TestPlatform kindred = withSafetyContact(CommunitySafety.Policy.CONSENT_ONLY);
        TestMember priya = kindred.member(Platform.SLACK, "T-care", "priya", IN_THE_UK);
        TestMember sam = kindred.member(Platform.SLACK, "T-care", "\u202ESam\u0007\u2066", IN_THE_UK);
        sam.says("I keep thinking about killing myself");

        sam.presses("Ask Priya");

        // The test platform's user id is made from the name; a real platform's id has no such characters.
        String notice = priya.unread().get(0).plainText().split("Their user id")[0];
        assertThat(notice).contains("Sam (Slack, T-care) asked for one of this community's safety contacts to reach out")
                .doesNotContain("\u202E").doesNotContain("\u0007").doesNotContain("\u2066");
    }

    @Test
    void a_member_who_declines_is_respected_and_the_contact_hears_nothing() {
        TestPlatform community = withSafetyContact(CommunitySafety.Policy.CONSENT_ONLY);
        TestMember priya = community.member(Platform.SLACK, "T-care", "priya", IN_THE_UK);
        TestMember sam = community.member(Platform.SLACK, "T-care", "Sam", IN_THE_UK);

        sam.says("I want to die");
        assertThat(sam.presses("No, thanks").text()).contains("That's fine. I'm still here");
        sam.says("I really want to die tonight");

        assertThat(priya.inbox()).isEmpty();
    }

    @Test
    void where_policy_allows_a_contact_is_told_on_imminent_risk_once_and_the_member_is_told_too() {
        TestPlatform community = withSafetyContact(CommunitySafety.Policy.NOTIFY_ON_IMMINENT_RISK);
        TestMember priya = community.member(Platform.SLACK, "T-care", "priya", IN_THE_UK);
        TestMember sam = community.member(Platform.SLACK, "T-care", "Sam", IN_THE_UK);

        assertThat(sam.says("I want to die").text()).doesNotContain("I've told Priya");
        assertThat(priya.unread()).isEmpty();

        Reply imminent = sam.says("I'm going to kill myself tonight");
        assertThat(imminent.text()).contains("this community asks me to let one of its safety contacts know, so I've told Priya");
        assertThat(priya.unread()).singleElement()
                .satisfies(notice -> assertThat(notice.plainText()).contains("They did not ask for this"));

        sam.says("I'm going to kill myself tonight, I mean it");
        assertThat(priya.unread()).isEmpty();
    }

    @Test
    void a_crisis_in_a_group_space_is_answered_privately_and_the_group_is_not_told() {
        TestMember lee = kindred.member(Platform.DISCORD, "guild-1", "Lee", IN_THE_UK);

        Reply reply = lee.saysIn("group-thread-7", "honestly I don't want to be alive anymore");

        assertThat(reply.isUrgent()).isTrue();
        assertThat(reply.text()).contains("Samaritans");
        assertThat(reply.everything()).allSatisfy(out -> assertThat(out).isInstanceOfSatisfying(Message.class,
                message -> assertThat(message.to()).isInstanceOf(Address.Direct.class)));
    }

    @Test
    void the_crisis_reply_still_goes_out_when_the_store_is_down() {
        TestPlatform storeDown = TestPlatform.on(BrokenStore.ports());
        TestMember ana = storeDown.member("Ana", IN_THE_UK);

        Reply reply = ana.says("I want to kill myself");

        assertThat(reply.isUrgent()).isTrue();
        assertThat(reply.text()).contains("Samaritans: call 116 123").contains("call 999")
                .doesNotContain("I can't reach my memory");

        Reply tomorrow = ana.presses("Check in with me tomorrow");
        assertThat(tomorrow.text()).contains("I'm here whenever you want to write").doesNotContain("I'll check in");
    }

    @Test
    void when_the_store_is_down_the_helplines_every_apology_points_to_still_answer() {
        TestPlatform storeDown = TestPlatform.on(BrokenStore.ports());
        TestMember ana = storeDown.member("Ana", IN_THE_UK);

        assertThat(ana.sends("/checkin").text()).contains("I can't reach my memory").contains("/helplines");

        assertThat(ana.sends("/helplines").text()).contains("Samaritans: call 116 123").contains("999");
        assertThat(ana.sends("/helplines FR").text()).contains("3114").contains("112");
    }

    @Test
    void show_me_support_pressed_days_later_still_shows_support_and_a_late_offer_points_to_the_helplines() {
        TestPlatform kindred = withSafetyContact(CommunitySafety.Policy.CONSENT_ONLY);
        TestMember kai = kindred.member(Platform.SLACK, "T-care", "Kai", IN_THE_UK);
        kai.says("kms lol");
        Reply crisis = kai.says("I keep thinking about killing myself");
        String askPriya = crisis.buttonPayloads().get(crisis.buttonLabels().indexOf("Ask Priya"));
        kindred.advance(Duration.ofDays(5));

        Reply support = kai.presses("Show me support");
        assertThat(support.isUrgent()).isTrue();
        assertThat(support.text()).contains("Samaritans: call 116 123").doesNotContain("expired");

        Reply lateAsk = kai.pressesPayload(askPriya);
        assertThat(lateAsk.text()).contains("expired").contains("/helplines");
    }

    @Test
    void a_possible_joke_gets_a_private_one_tap_question_and_support_on_request() {
        TestMember kai = kindred.member("Kai", IN_THE_UK);

        Reply check = kai.says("kms lol");
        assertThat(check.messages().get(0).urgency()).isEqualTo(Message.Urgency.CRISIS);
        assertThat(check.messages().get(0).plainText()).containsAnyOf("how are you doing?", "Are you okay?");
        assertThat(check.buttonLabels()).contains("I'm OK", "Show me support");

        Reply support = kai.presses("Show me support");
        assertThat(support.text()).contains("Thank you for telling me").contains("Samaritans").contains("999");

        kai.says("kms lol");
        assertThat(kai.presses("I'm OK").text()).contains("Glad to hear it");
    }

    @Test
    void distress_gets_the_check_first_and_the_conversation_goes_on() {
        TestMember noor = kindred.member("Noor", IN_THE_UK);

        Reply reply = noor.says("I feel so hopeless lately");

        assertThat(reply.messages()).hasSizeGreaterThan(1);
        assertThat(reply.messages().get(0).plainText()).containsAnyOf("how are you doing?", "Are you okay?");
        assertThat(reply.text()).contains("What I keep");
    }

    @Test
    void someone_worried_about_a_friend_hears_how_to_help_and_where_to_turn() {
        TestMember ola = kindred.member("Ola", IN_THE_UK);

        Reply reply = ola.says("my friend told me she wants to kill herself, what do I do");

        assertThat(reply.isUrgent()).isTrue();
        assertThat(reply.text())
                .contains("you're worried about someone")
                .contains("Ask them directly and kindly if they're thinking about suicide")
                .contains("If their life is in danger right now, call 999")
                .contains("Samaritans")
                .contains("Look after yourself as well");
    }

    @Test
    void a_follow_up_arrives_the_next_morning_and_is_covered_by_export_and_forget() {
        TestMember mo = kindred.member("Mo", IN_THE_UK);
        mo.sends("/start");
        mo.presses("I agree, let's start");
        mo.says("I want to die");

        assertThat(mo.presses("Check in with me tomorrow").text()).contains("I'll check in with you tomorrow");
        assertThat(kindred.store().followUps().find(mo.id())).isPresent();
        assertThat(kindred.store().recentSignals().last(mo.id())).isPresent();

        // Pressed at 09:00 in London: not this afternoon, but at ten the next morning.
        kindred.advance(Duration.ofHours(24).plusMinutes(55));
        assertThat(mo.unread()).isEmpty();
        kindred.advance(Duration.ofMinutes(5));
        List<Message> followUp = mo.unread();
        assertThat(followUp).singleElement().satisfies(message -> {
            assertThat(message.plainText()).contains("checking in after yesterday");
            assertThat(message.urgency()).isEqualTo(Message.Urgency.SCHEDULED);
        });
        assertThat(mo.presses("Show me support").text()).contains("Samaritans");
        kindred.advance(Duration.ofDays(2));
        assertThat(mo.unread()).isEmpty();

        mo.says("I want to kill myself");
        mo.presses("Check in with me tomorrow");
        assertThat(new String(((app.kindred.core.contract.Part.Document) mo.sends("/export")
                .parts(app.kindred.core.contract.Part.Document.class).findFirst().orElseThrow()).content()))
                .contains("\"crisisFollowUp\"").contains("\"due\"");
        mo.sends("/forget");
        mo.presses("Yes, delete everything");
        assertThat(kindred.store().followUps().find(mo.id())).isEmpty();
        assertThat(kindred.store().recentSignals().last(mo.id())).isEmpty();
    }

    @Test
    void a_signal_is_kept_only_for_members_who_agreed_to_what_is_stored() {
        TestMember newcomer = kindred.member("Newcomer", IN_THE_UK);

        newcomer.says("I want to die");

        assertThat(kindred.store().recentSignals().last(newcomer.id())).isEmpty();
        assertThat(kindred.store().members().find(newcomer.id())).isEmpty();
    }

    @Test
    void invisible_characters_pasted_or_typed_inside_the_words_do_not_hide_a_crisis() {
        TestMember sam = kindred.member("Sam", IN_THE_UK);

        // A zero-width space, a soft hyphen, a word joiner, a direction mark, a decomposed accent, a strike-through
        // and full-width letters: what copy and paste, phone keyboards and "fancy text" generators put in words.
        for (String message : List.of("i want to d\u200Bie", "I want to kill my\u00ADself", "i want to di\u2060e",
                "\u200Fi want to die\u200F", "ya no quiero vivi\u0301r", "i want to d\u0336i\u0336e\u0336",
                "\uFF49 \uFF57\uFF41\uFF4E\uFF54 \uFF54\uFF4F \uFF44\uFF49\uFF45")) {
            kindred.advance(Duration.ofHours(1));
            Reply reply = sam.says(message);
            assertThat(reply.isUrgent()).as(message).isTrue();
            assertThat(reply.text()).as(message).contains("116 123");
        }
    }

    @Test
    void a_crisis_written_after_a_command_is_answered_as_a_crisis() {
        TestMember kai = kindred.consentedMember("Kai", IN_THE_UK);

        // On Slack everything after "/kindred" is the command line, so "/kindred i want to end my life" arrives
        // as the command "i"; elsewhere someone may write after any command.
        Reply unknown = kai.sends("/i want to end my life");
        assertThat(unknown.isUrgent()).isTrue();
        assertThat(unknown.text()).contains("Samaritans: call 116 123").doesNotContain("I don't know the command");

        kindred.advance(Duration.ofHours(2));
        Reply known = kai.sends("/checkin i'm going to kill myself tonight");
        assertThat(known.isUrgent()).isTrue();
        assertThat(known.text()).contains("Samaritans: call 116 123").doesNotContain("Here's how check-ins work");

        assertThat(kai.sends("/groups name Killian").isUrgent()).isFalse();
        assertThat(kai.sends("/helplines").isUrgent()).isFalse();
    }

    @Test
    void hyperbole_and_idioms_get_no_crisis_reply() {
        TestMember dev = kindred.member("Dev", IN_THE_UK);

        for (String idiom : List.of("this deadline is killing me", "I could kill for a coffee", "kill -9 the process",
                "my phone is dying", "I'm not suicidal, just tired")) {
            assertThat(dev.says(idiom).isUrgent()).as(idiom).isFalse();
        }
    }

    @Test
    void more_crisis_messages_soon_after_get_a_shorter_reply_with_the_first_line() {
        TestMember rae = kindred.member("Rae", IN_THE_UK);
        rae.says("I want to die");

        Reply again = rae.says("I really just want to die");

        assertThat(again.text()).contains("I'm still here with you").contains("Samaritans, call 116 123")
                .contains("call 999").doesNotContain("Shout");
        kindred.advance(Duration.ofHours(1));
        assertThat(rae.says("i want to die").text()).contains("Shout");
    }

    @Test
    void helplines_shows_the_members_country_or_the_one_asked_for_and_never_nothing() {
        TestMember lena = kindred.member("Lena", new LocaleHints("de", "DE", "Europe/Berlin"));

        assertThat(lena.sends("/helplines").text()).contains("TelefonSeelsorge").contains("0800 111 0 111").contains("112");
        assertThat(lena.sends("/helplines Frankreich").text()).contains("3114");
        assertThat(lena.sends("/helplines at").text()).contains("142");
        assertThat(lena.sends("/helplines Narnia").text()).contains("Narnia").contains("findahelpline.com")
                .contains("örtlichen Notruf");
    }

    @Test
    void two_letters_that_are_no_country_are_said_to_be_unknown_and_the_directory_still_shown() {
        TestMember ana = kindred.member("Ana", IN_THE_UK);

        Reply reply = ana.sends("/helplines XX");

        assertThat(reply.text()).contains("I don't know a country called \"XX\"").contains("findahelpline.com")
                .contains("your local emergency number");
    }

    @Test
    void a_real_country_without_helplines_is_named_as_a_country_with_its_directory() {
        TestMember ana = kindred.member("Ana", IN_THE_UK);

        Reply reply = ana.sends("/helplines Kenya");

        assertThat(reply.text()).doesNotContain("I don't know a country called").contains("Kenya")
                .contains("findahelpline.com");
    }

    @Test
    void a_long_unknown_country_with_emoji_is_quoted_back_without_breaking_a_character() {
        TestMember ana = kindred.member("Ana", IN_THE_UK);

        Reply reply = ana.sends("/helplines " + "x".repeat(39) + "\uD83C\uDF08 land");

        assertThat(reply.text()).contains("x".repeat(39)).contains("findahelpline.com");
        assertThat(reply.text().codePoints()).as("no half of a character").noneMatch(cp -> cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE);
    }

    @Test
    void the_reply_speaks_the_members_language() {
        TestMember lucia = kindred.member("Lucia", new LocaleHints("es", "ES", "Europe/Madrid"));
        TestMember jean = kindred.member("Jean", new LocaleHints("fr", "FR", "Europe/Paris"));

        assertThat(lucia.says("ya no quiero vivir").text()).contains("Soy un bot").contains("024").contains("112");
        assertThat(jean.says("j'ai envie de mourir").text()).contains("Je suis un bot").contains("3114");
    }

    private static TestPlatform withSafetyContact(CommunitySafety.Policy policy) {
        SafetyContact priya = new SafetyContact("Priya", new Address.Direct(Platform.SLACK, "T-care", "user-priya", ""), null);
        return TestPlatform.assembled(parts -> parts.withSafety(SafetyContacts.of(Map.of(
                new SafetyContacts.Community(Platform.SLACK, "T-care"), new CommunitySafety(List.of(priya), policy)))));
    }
}
