package app.kindred.core.prompts;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TemplateTest {

    @Test
    void pairs_render_like_a_map_with_values_escaped_and_markup_trusted() {
        String template = "Hi {name}, {greeting} {name}!";
        Object[] pairs = {"name", "**Al**", "greeting", new Template.Markup("_welcome_")};

        assertThat(Template.render(template, pairs)).isEqualTo("Hi \\*\\*Al\\*\\*, _welcome_ \\*\\*Al\\*\\*!")
                .isEqualTo(Template.render(template, Map.of("name", "**Al**", "greeting", new Template.Markup("_welcome_"))));
        assertThat(Template.render("No placeholders here.")).isEqualTo("No placeholders here.");
        assertThat(Template.render("{a}{ab}", "ab", 2, "a", 1)).isEqualTo("12");
    }

    @Test
    void a_missing_or_odd_value_is_a_clear_error() {
        assertThatThrownBy(() -> Template.render("Hi {name}", "other", 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("{name}");
        assertThatThrownBy(() -> Template.render("Hi {name}", "name"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pairs");
    }
}
