package app.kindred.telegram;

import app.kindred.core.contract.MarkdownSubset;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TelegramHtmlTest {

    @Test
    void bold_italic_and_bullets_become_telegram_html() {
        assertThat(TelegramHtml.render("Hi, I'm **Kindred**.\n- _gently_ does it"))
                .isEqualTo("Hi, I'm <b>Kindred</b>.\n• <i>gently</i> does it");
    }

    @Test
    void everything_a_member_typed_is_escaped() {
        String name = MarkdownSubset.escape("<b>boss</b> & **co**");

        assertThat(TelegramHtml.render("Hi " + name + ", welcome"))
                .isEqualTo("Hi &lt;b&gt;boss&lt;/b&gt; &amp; **co**, welcome");
        assertThat(TelegramHtml.render("**<a href=\"x\">**")).isEqualTo("<b>&lt;a href=&quot;x&quot;&gt;</b>");
    }

    @Test
    void long_text_is_split_between_lines_and_no_chunk_is_longer_than_telegram_allows() {
        String line = "x".repeat(3000);
        var chunks = TelegramHtml.renderChunks(line + "\n**" + line + "**", TelegramHtml.MESSAGE_LIMIT);

        assertThat(chunks).hasSize(2);
        assertThat(chunks.get(0)).isEqualTo(line);
        assertThat(chunks.get(1)).isEqualTo("<b>" + line + "</b>");
    }

    @Test
    void a_single_overlong_line_is_cut_and_each_piece_keeps_its_tags() {
        var chunks = TelegramHtml.renderChunks("**" + "y".repeat(5000) + "**", 4096);

        assertThat(chunks).containsExactly("<b>" + "y".repeat(4096) + "</b>", "<b>" + "y".repeat(904) + "</b>");
    }
}
