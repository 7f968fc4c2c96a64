package app.kindred.web;

import app.kindred.core.prompts.Prompts;
import app.kindred.core.prompts.YamlPrompts;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The page's words come from the prompt catalogue, in every language Kindred speaks. */
class PageWordsTest {

    private static final Prompts PROMPTS = YamlPrompts.bundled();
    private static final Map<String, String> VALUES = Map.of("lang", "x", "community", "local", "limit", "4000",
            "nameLimit", "40");

    @Test
    void every_word_the_page_uses_is_in_the_catalogue_in_every_language() {
        PageTemplate page = PageTemplate.bundled();
        assertThat(page.keys()).contains("web.help-link", "web.join-button", "web.errors.name-missing");
        for (String language : PROMPTS.languages()) {
            for (String key : page.keys()) {
                assertThat(PROMPTS.variants(language, key)).as("%s in %s", key, language).isPresent();
            }
        }
    }

    @Test
    void the_page_is_filled_in_the_chosen_language_with_script_templates_left_for_the_script() {
        String german = PageTemplate.bundled().render(PROMPTS, "de", VALUES);

        assertThat(german).contains("<html lang=\"x\">").contains("Gerade in Gefahr? Hilfe holen")
                .contains("data-chars-left=\"Noch {count} Zeichen\"").doesNotContain("{{");
    }

    @Test
    void words_and_values_are_escaped_where_they_land_in_the_page() {
        String html = new PageTemplate("<p title=\"{{$community}}\">{{web.title}}</p>")
                .render(PROMPTS, "en", Map.of("community", "\"><script>x</script>"));

        assertThat(html).isEqualTo("<p title=\"&quot;&gt;&lt;script&gt;x&lt;/script&gt;\">Kindred</p>");
    }
}
