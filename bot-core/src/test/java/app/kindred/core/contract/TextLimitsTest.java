package app.kindred.core.contract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextLimitsTest {

    @Test
    void text_that_fits_is_left_alone() {
        assertThat(TextLimits.shorten("Accept", 6)).isEqualTo("Accept");
    }

    @Test
    void longer_text_is_cut_to_the_limit_with_an_ellipsis() {
        assertThat(TextLimits.shorten("New parents", 6)).isEqualTo("New p…").hasSize(6);
    }

    @Test
    void a_cut_never_splits_a_character_outside_the_basic_plane() {
        assertThat(TextLimits.shorten("abcd💙efgh", 6)).isEqualTo("abcd…");
    }
}
