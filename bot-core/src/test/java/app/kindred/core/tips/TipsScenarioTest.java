package app.kindred.core.tips;

import app.kindred.core.contract.LocaleHints;
import app.kindred.core.prompts.Prompts;
import app.kindred.core.prompts.Say;
import app.kindred.core.prompts.YamlPrompts;
import app.kindred.core.testing.Reply;
import app.kindred.core.testing.TestMember;
import app.kindred.core.testing.TestPlatform;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class TipsScenarioTest {

    private static final Prompts PROMPTS = YamlPrompts.bundled();
    private static final LocaleHints LONDON = new LocaleHints("en", "GB", "Europe/London");

    private final TestPlatform kindred = platform();

    /** The platform the scenarios run on: the embedded store here; the Redis store runs them too. */
    TestPlatform platform() {
        return TestPlatform.start();
    }

    @Test
    void tips_rotate_without_repeats_until_every_one_was_seen() {
        TestMember maya = kindred.consentedMember("Maya", LONDON);
        List<String> titles = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            Reply tip = i == 1 ? maya.sends("/tips") : maya.presses("Another tip");
            assertThat(tip.text()).contains("(" + i + " of 10)").contains("You could say:");
            titles.add(tip.text().lines().findFirst().orElseThrow());
        }
        assertThat(titles).doesNotHaveDuplicates();
        assertThat(kindred.store().tipProgress().seen(maya.id())).hasSize(10);

        Reply eleventh = maya.sends("/tips");
        assertThat(eleventh.text()).contains("You've seen all 10 tips").contains("(1 of 10)");
        assertThat(kindred.store().tipProgress().seen(maya.id())).hasSize(1);
    }

    @Test
    void each_member_has_a_rotation_of_their_own() {
        TestMember maya = kindred.consentedMember("Maya", LONDON);
        TestMember sam = kindred.consentedMember("Sam", LONDON);
        for (int i = 0; i < 4; i++) {
            maya.sends("/tips");
        }
        assertThat(sam.sends("/tips").text()).contains("(1 of 10)");
    }

    @TestFactory
    Stream<DynamicTest> every_tip_has_a_title_a_why_and_two_example_phrases_in_every_language() {
        return PROMPTS.languages().stream().map(language -> DynamicTest.dynamicTest(language, () -> {
            Say say = new Say(PROMPTS, language);
            List<String> ids = Tip.ids(say);
            assertThat(ids).containsExactlyInAnyOrder("listen-actively", "empathy", "own-story", "open-questions",
                    "reflect-back", "dont-fix", "confidentiality", "no-judgment", "professional-help",
                    "look-after-yourself");
            assertThat(ids).containsAll(TipsFeature.FOR_SUPPORTERS);
            for (String id : ids) {
                Tip tip = Tip.read(say, id);
                assertThat(tip.title()).as(id).isNotBlank();
                assertThat(tip.why()).as(id).hasSizeGreaterThan(40);
                assertThat(tip.examples()).as(id).hasSize(2).allSatisfy(example -> assertThat(example).isNotBlank());
            }
        }));
    }

    @Test
    void a_worried_friend_gets_the_supporter_tips_in_any_of_the_four_languages() {
        assertSupporterTips(kindred.consentedMember("Maya", LONDON),
                "My friend is struggling at the moment, how can I help?", "Listen actively");
        assertSupporterTips(kindred.consentedMember("Ana", LONDON),
                "how do I support my sister? she's been really down", "Don't rush to fix it");
        assertSupporterTips(kindred.consentedMember("Lucia", new LocaleHints("es", "ES", "Europe/Madrid")),
                "Mi amiga lo está pasando fatal, ¿cómo puedo ayudarla?", "Escucha de verdad");
        assertSupporterTips(kindred.consentedMember("Jonas", new LocaleHints("de", "DE", "Europe/Berlin")),
                "Meinem Freund geht es gerade schlecht. Wie kann ich ihm helfen?", "Aktiv zuhören");
        assertSupporterTips(kindred.consentedMember("Chloé", new LocaleHints("fr", "FR", "Europe/Paris")),
                "Ma copine ne va pas bien en ce moment, comment je peux l'aider ?", "Écouter vraiment");
    }

    @Test
    void worry_about_someone_else_that_the_crisis_screen_recognises_gets_the_supporter_tips_too() {
        TestMember maya = kindred.consentedMember("Maya", LONDON);
        Reply reply = maya.says("I'm really worried about my brother, he hasn't been himself for weeks");
        assertThat(reply.text()).contains("Listen actively").contains("/helplines");
    }

    @Test
    void someone_asking_for_help_for_themselves_or_chatting_is_not_taken_for_a_supporter() {
        TestMember sam = kindred.consentedMember("Sam", LONDON);
        assertThat(sam.says("Can someone help me?").text()).doesNotContain("Listen actively").contains("/help");
        assertThat(sam.says("my friend and I went to the cinema").text()).doesNotContain("Listen actively");

        TestMember jonas = kindred.consentedMember("Jonas", new LocaleHints("de", "DE", "Europe/Berlin"));
        assertThat(jonas.says("Kann mir jemand helfen?").text()).doesNotContain("Aktiv zuhören");
    }

    @Test
    void in_a_shared_space_kindred_stays_quiet() {
        TestMember maya = kindred.consentedMember("Maya", LONDON);
        assertThat(maya.saysIn("space-1", "my friend is struggling, how can I help?").messages()).isEmpty();
    }

    private static void assertSupporterTips(TestMember member, String message, String firstTip) {
        Reply reply = member.says(message);
        assertThat(reply.text()).contains(firstTip).contains("/helplines").contains("/tips");
        assertThat(reply.messages()).hasSize(1);
    }
}
