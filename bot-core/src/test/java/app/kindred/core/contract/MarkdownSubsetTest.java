package app.kindred.core.contract;

import org.junit.jupiter.api.Test;

import java.util.List;

import static app.kindred.core.contract.MarkdownSubset.Style.BOLD;
import static app.kindred.core.contract.MarkdownSubset.Style.ITALIC;
import static app.kindred.core.contract.MarkdownSubset.Style.PLAIN;
import static org.assertj.core.api.Assertions.assertThat;

class MarkdownSubsetTest {

    @Test
    void bold_italic_and_bullets_are_parsed() {
        var lines = MarkdownSubset.parse("Hi **there** and _you_\n- one");
        assertThat(lines.get(0).spans()).containsExactly(
                new MarkdownSubset.Span(PLAIN, "Hi "), new MarkdownSubset.Span(BOLD, "there"),
                new MarkdownSubset.Span(PLAIN, " and "), new MarkdownSubset.Span(ITALIC, "you"));
        assertThat(lines.get(1).bullet()).isTrue();
    }

    @Test
    void escaped_text_comes_back_literally() {
        String nasty = "**a** _b_ \\ - c\n- d <b>&";
        var lines = MarkdownSubset.parse(MarkdownSubset.escape(nasty));
        assertThat(lines).extracting(MarkdownSubset.Line::bullet).containsOnly(false);
        assertThat(MarkdownSubset.toPlain(MarkdownSubset.escape(nasty))).isEqualTo(nasty);
    }

    @Test
    void an_unclosed_marker_stays_plain() {
        assertThat(MarkdownSubset.parse("snake_case and **open").get(0).spans())
                .isEqualTo(List.of(new MarkdownSubset.Span(PLAIN, "snake_case and **open")));
    }
}
