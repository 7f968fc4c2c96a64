package app.kindred.core.prompts;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The prompt catalogue stays whole: every language has every key, the same placeholders in every
 * variant, and no malformed template. This is how a missing translation is caught by a test, not a user.
 */
class PromptsSyncTest {

    private static final Prompts PROMPTS = YamlPrompts.bundled();

    @Test
    void kindred_speaks_english_spanish_german_and_french() {
        assertThat(PROMPTS.languages()).containsExactlyInAnyOrder("en", "es", "de", "fr");
    }

    @TestFactory
    Stream<DynamicTest> every_language_has_every_key_and_no_extra_ones() {
        Set<String> base = PROMPTS.keys(Prompts.BASE_LANGUAGE);
        return PROMPTS.languages().stream().map(language -> DynamicTest.dynamicTest(language, () -> {
            Set<String> missing = new TreeSet<>(base);
            missing.removeAll(PROMPTS.keys(language));
            Set<String> extra = new TreeSet<>(PROMPTS.keys(language));
            extra.removeAll(base);
            assertThat(missing).as("keys missing in %s", language).isEmpty();
            assertThat(extra).as("keys in %s that English lacks", language).isEmpty();
        }));
    }

    @TestFactory
    Stream<DynamicTest> placeholders_match_english_in_every_variant() {
        return PROMPTS.languages().stream().map(language -> DynamicTest.dynamicTest(language, () -> {
            List<String> problems = new ArrayList<>();
            for (String key : PROMPTS.keys(Prompts.BASE_LANGUAGE)) {
                Set<String> expected = placeholders(PROMPTS.variants(Prompts.BASE_LANGUAGE, key).orElseThrow());
                PROMPTS.variants(language, key).ifPresent(variants -> {
                    for (String variant : variants) {
                        Set<String> actual = new TreeSet<>(Template.placeholders(variant));
                        if (!actual.equals(expected)) {
                            problems.add(key + " has " + actual + " but English has " + expected);
                        }
                    }
                });
            }
            assertThat(problems).as("placeholder differences in %s", language).isEmpty();
        }));
    }

    @TestFactory
    Stream<DynamicTest> no_template_is_malformed() {
        return PROMPTS.languages().stream().map(language -> DynamicTest.dynamicTest(language, () -> {
            List<String> problems = new ArrayList<>();
            for (String key : PROMPTS.keys(language)) {
                for (String variant : PROMPTS.variants(language, key).orElseThrow()) {
                    Template.problem(variant).ifPresent(problem -> problems.add(key + " " + problem));
                }
            }
            assertThat(problems).as("malformed templates in %s", language).isEmpty();
        }));
    }

    @Test
    void every_prompt_key_used_in_java_exists() throws Exception {
        Path sources = Path.of("src/main/java");
        List<String> missing = new ArrayList<>();
        var literal = java.util.regex.Pattern.compile("\"((?:errors|onboarding|settings|privacy|language|checkin|mood|tips|groups|buddy|crisis|helplines)\\.[a-z0-9.-]+)\"");
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                var matcher = literal.matcher(Files.readString(file));
                while (matcher.find()) {
                    String key = matcher.group(1);
                    if (!key.endsWith(".") && PROMPTS.variants(Prompts.BASE_LANGUAGE, key).isEmpty()
                            && PROMPTS.childrenOf(Prompts.BASE_LANGUAGE, key).isEmpty()) {
                        missing.add(key + " (" + file.getFileName() + ")");
                    }
                }
            }
        }
        assertThat(missing).as("prompt keys used in Java but missing from prompts/en").isEmpty();
    }

    @Test
    void a_broken_template_is_recognised() {
        assertThat(Template.problem("Hello {name")).isPresent();
        assertThat(Template.problem("Hello name}")).isPresent();
        assertThat(Template.problem("Hello {na me}")).isPresent();
        assertThat(Template.problem("**bold")).isPresent();
        assertThat(Template.problem("Hello {name}, **welcome**")).isEmpty();
    }

    private static Set<String> placeholders(List<String> variants) {
        return new TreeSet<>(Template.placeholders(variants.get(0)));
    }
}
