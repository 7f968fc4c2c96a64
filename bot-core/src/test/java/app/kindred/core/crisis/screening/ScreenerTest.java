package app.kindred.core.crisis.screening;

import app.kindred.core.crisis.screening.Screening.Category;
import app.kindred.core.crisis.screening.Screening.Level;
import app.kindred.core.crisis.screening.Screening.Subject;
import app.kindred.core.prompts.PromptSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How the screener reads what people really write; the corpus test measures it at scale. */
class ScreenerTest {

    private final Screener screener = Screener.bundled();

    @Test
    void messages_are_normalised_the_way_people_type() {
        assertThat(screener.normalised("I DON'T wanna diiieee")).isEqualTo("i dont wana die");
        assertThat(screener.normalised("k1ll mys3lf")).isEqualTo("kil myself");
        assertThat(screener.normalised("d!e. $uicide")).isEqualTo("die suicide");
        assertThat(screener.normalised("k i l l myself")).isEqualTo("kil myself");
        assertThat(screener.normalised("Ich wünschte, ich wäre tot")).isEqualTo("ich wunschte ich ware tot");
        assertThat(screener.normalised("j'ai envie… de mourir")).isEqualTo("jai envie de mourir");
        assertThat(screener.normalised("i want to 🪦 lol 😂")).isEqualTo("i want to grave lol lol");
        assertThat(screener.normalised("2 years, 24/7")).isEqualTo("2 years 24 7");
        assertThat(screener.normalised("d\u200Bie my\u00ADself wo\u200Drd\u2060s")).isEqualTo("die myself words");
        assertThat(screener.normalised("vivi\u0301r d\u0336i\u0336e\u0336")).isEqualTo("vivir die");
        assertThat(screener.normalised("\uFF44\uFF49\uFF45 \uD835\uDD55\uD835\uDD5A\uD835\uDD56")).isEqualTo("die die");
    }

    @ParameterizedTest
    @ValueSource(strings = {"i want to dieeeee", "I W4NT T0 D!E", "kms", "thinking about unaliving myself",
            "sewer slide sounds nice", "i dont wanna be alive", "everyone would be better off without me",
            "I won't be here tomorrow", "how many pills would it take to die", "me quiero morir",
            "ich will nicht mehr leben", "je veux en finir", "i want to $uicide", "k i l l myself"})
    void real_crisis_messages_are_recognised(String message) {
        assertThat(screener.screen(message, "en").level()).as(message).isEqualTo(Level.CRISIS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"I could kill for a coffee", "dying to see it", "my phone is dying", "kill -9 the process",
            "Suicide Squad was fun", "this deadline is killing me", "I'm not suicidal, just tired",
            "2 years since I last self-harmed", "I won't be here tomorrow, dentist appointment",
            "how many ibuprofen can I take for a headache", "me muero de hambre", "ich lach mich tot",
            "je suis mort de rire", "I'm proud of myself today"})
    void look_alikes_are_not_a_crisis(String message) {
        assertThat(screener.screen(message, "en").level()).as(message).isNotEqualTo(Level.CRISIS);
    }

    @Test
    void a_negation_cancels_but_cant_stop_does_not() {
        assertThat(screener.screen("I don't want to die").level()).isEqualTo(Level.NONE);
        assertThat(screener.screen("I would never hurt myself").level()).isEqualTo(Level.NONE);
        assertThat(screener.screen("I can't stop thinking about killing myself").level()).isEqualTo(Level.CRISIS);
        assertThat(screener.screen("I don't know why but I want to die").level()).isEqualTo(Level.CRISIS);
        assertThat(screener.screen("ich will nicht sterben").level()).isEqualTo(Level.NONE);
        assertThat(screener.screen("I'm not ok, I want to die").level()).isEqualTo(Level.CRISIS);
        assertThat(screener.screen("je n'en peux plus, je veux disparaître pour toujours").level()).isEqualTo(Level.CRISIS);
        assertThat(screener.screen("no, I don't want to die").level()).isEqualTo(Level.NONE);
    }

    @Test
    void recovery_stories_are_past_experience_and_a_relapse_is_not() {
        Screening recovery = screener.screen("I used to cut myself but I've been clean for 3 years");
        assertThat(recovery.level()).isEqualTo(Level.NONE);
        assertThat(recovery.categories()).contains(Category.PAST_EXPERIENCE);

        assertThat(screener.screen("I used to self harm and lately the urges are back").level()).isEqualTo(Level.CRISIS);
        assertThat(screener.screen("I tried to kill myself last night").level()).isEqualTo(Level.CRISIS);
    }

    @Test
    void past_abuse_is_a_concern_and_current_abuse_a_crisis() {
        assertThat(screener.screen("my dad hits me").level()).isEqualTo(Level.CRISIS);
        assertThat(screener.screen("my dad used to hit me when I was a kid").level()).isEqualTo(Level.CONCERN);
    }

    @Test
    void laughter_makes_a_crisis_ambiguous_but_never_a_plan() {
        Screening joke = screener.screen("kms lol");
        assertThat(joke.level()).isEqualTo(Level.CRISIS);
        assertThat(joke.possibleJoke()).isTrue();
        assertThat(joke.isAmbiguous()).isTrue();

        Screening means = screener.screen("how many pills would it take to die lol");
        assertThat(means.possibleJoke()).isFalse();
        assertThat(means.categories()).contains(Category.MEANS_SEEKING);
    }

    @Test
    void hyperbole_with_embarrassment_is_a_concern_to_check_on() {
        Screening cringe = screener.screen("omg I want to die, that was so embarrassing");
        assertThat(cringe.level()).isEqualTo(Level.CONCERN);
        assertThat(cringe.possibleJoke()).isTrue();
    }

    @Test
    void worry_about_someone_else_is_a_third_party_crisis() {
        Screening friend = screener.screen("my friend told me she wants to kill herself");
        assertThat(friend.level()).isEqualTo(Level.CRISIS);
        assertThat(friend.subject()).isEqualTo(Subject.THIRD_PARTY);
        assertThat(friend.categories()).contains(Category.SUICIDAL, Category.THIRD_PARTY_WORRY);

        Screening self = screener.screen("my boyfriend left and I want to die");
        assertThat(self.subject()).isEqualTo(Subject.SELF);
    }

    @Test
    void categories_say_what_was_heard() {
        assertThat(screener.screen("I cut myself again tonight").categories()).contains(Category.SELF_HARM, Category.IMMINENT);
        assertThat(screener.screen("my husband chokes me").categories()).contains(Category.ABUSE);
        assertThat(screener.screen("I'm going to bring a gun to school").categories()).contains(Category.HARM_TO_OTHERS);
        assertThat(screener.screen("this is goodbye, thank you for everything").categories()).contains(Category.GOODBYE);
        assertThat(screener.screen("I feel so hopeless").level()).isEqualTo(Level.CONCERN);
    }

    @Test
    void languages_are_screened_whatever_the_hint() {
        assertThat(screener.screen("quiero morir", "en").isCrisis()).isTrue();
        assertThat(screener.screen("I want to die", "de").isCrisis()).isTrue();
        assertThat(screener.screen("", "en")).isEqualTo(Screening.NONE);
        assertThat(screener.screen(null, null)).isEqualTo(Screening.NONE);
    }

    @Test
    void screening_is_safe_from_many_threads_at_once() {
        List<String> messages = List.of("I want to die", "I could kill for a coffee", "kms lol", "my dad hits me");
        List<Screening> expected = messages.stream().map(screener::screen).toList();
        IntStream.range(0, 2000).parallel().forEach(i ->
                assertThat(screener.screen(messages.get(i % 4))).isEqualTo(expected.get(i % 4)));
    }

    @Test
    void a_mistake_in_a_rule_file_fails_loading_and_names_the_file(@TempDir Path prompts) throws IOException {
        Files.createDirectories(prompts.resolve("screening"));
        Files.writeString(prompts.resolve("screening/common.yml"), "languages: [xx]\n");
        Files.writeString(prompts.resolve("screening/xx.yml"), """
                language: xx
                rules:
                  - id: broken
                    phrases: ["<nowhere> to die"]
                """);
        assertThatThrownBy(() -> Screener.load(new PromptSource.Directory(prompts)))
                .hasMessageContaining("screening/xx.yml").hasMessageContaining("<nowhere>");

        Files.writeString(prompts.resolve("screening/xx.yml"), """
                language: xx
                cues:
                  negation: [no, never]
                """);
        assertThatThrownBy(() -> Screener.load(new PromptSource.Directory(prompts))).hasMessageContaining("quote");
    }
}
