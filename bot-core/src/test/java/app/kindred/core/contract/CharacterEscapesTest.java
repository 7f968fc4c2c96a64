package app.kindred.core.contract;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class CharacterEscapesTest {

    private final CharacterEscapes html = new CharacterEscapes(Map.of('&', "&amp;", '<', "&lt;", '>', "&gt;"));

    @Test
    void each_character_in_the_table_is_replaced_and_every_other_is_copied() {
        assertThat(html.escape("<b>Tom & Jerry</b> 💙")).isEqualTo("&lt;b&gt;Tom &amp; Jerry&lt;/b&gt; 💙");
    }

    @Test
    void text_without_markup_comes_back_as_it_was() {
        assertThat(html.escape("")).isEmpty();
        assertThat(html.escape("\"quoted\" isn't in this table")).isEqualTo("\"quoted\" isn't in this table");
    }
}
