package app.kindred.slack;

import app.kindred.core.contract.Address;
import app.kindred.core.contract.MarkdownSubset;
import app.kindred.core.contract.Message;
import app.kindred.core.contract.Part;
import app.kindred.core.contract.Platform;
import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import com.slack.api.model.block.element.ButtonElement;
import com.slack.api.model.block.element.StaticSelectElement;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class SlackRenderingTest {

    private static final Address.Direct MAYA = new Address.Direct(Platform.SLACK, "T1", "U1", "D1");

    private static List<SlackCall> render(Part... parts) {
        return SlackRendering.render(Message.reply(MAYA, List.of(parts)), SlackCommandSpelling.none());
    }

    @Test
    void member_text_is_escaped_so_it_cannot_mention_link_or_break_out() {
        String name = MarkdownSubset.escape("<!channel> & <https://evil.example|click> *bold* _x_");
        String mrkdwn = SlackMrkdwn.render("**" + "Hi" + "** " + name + "\n- a bullet");

        assertThat(mrkdwn).isEqualTo("*Hi* &lt;!channel&gt; &amp; &lt;https://evil.example|click&gt; *bold* _x_\n• a bullet");
    }

    @Test
    void text_becomes_verbatim_mrkdwn_sections_and_buttons_an_actions_block_with_the_payloads_untouched() {
        List<SlackCall> calls = render(new Part.Text("How are **you**?"),
                new Part.Buttons(List.of(new Part.Button("🙂 4 · Good", "ck.4.abc", Part.Style.PRIMARY),
                        Part.Button.of("Skip", "ck.skip.abc"))));

        assertThat(calls).hasSize(1);
        SlackCall.Post post = (SlackCall.Post) calls.get(0);
        SectionBlock section = (SectionBlock) post.blocks().get(0);
        MarkdownTextObject text = (MarkdownTextObject) section.getText();
        assertThat(text.getText()).isEqualTo("How are *you*?");
        assertThat(text.getVerbatim()).isTrue();
        ActionsBlock actions = (ActionsBlock) post.blocks().get(1);
        List<ButtonElement> buttons = actions.getElements().stream().map(ButtonElement.class::cast).toList();
        assertThat(buttons).extracting(ButtonElement::getValue).containsExactly("ck.4.abc", "ck.skip.abc");
        assertThat(buttons).extracting(ButtonElement::getActionId).containsExactly("kindred:0", "kindred:1")
                .allMatch(id -> SlackRendering.ACTIONS.matcher(id).matches());
        assertThat(buttons).extracting(ButtonElement::getStyle).containsExactly("primary", null);
        assertThat(post.text()).isEqualTo("How are you?");
    }

    @Test
    void a_choice_is_a_select_menu_links_are_link_buttons_and_phone_numbers_are_written_out() {
        List<SlackCall> calls = render(new Part.Choice("Pick a topic", List.of(new Part.Option("Grief", "g.1"),
                        new Part.Option("Work stress", "g.2"))),
                new Part.Link("Find a helpline", "https://findahelpline.com"),
                new Part.Link("Samaritans", "tel:116123"));

        List<LayoutBlock> blocks = ((SlackCall.Post) calls.get(0)).blocks();
        StaticSelectElement select = (StaticSelectElement) ((ActionsBlock) blocks.get(0)).getElements().get(0);
        assertThat(select.getOptions()).extracting(o -> o.getValue()).containsExactly("g.1", "g.2");
        ButtonElement link = (ButtonElement) ((ActionsBlock) blocks.get(1)).getElements().get(0);
        assertThat(link.getUrl()).isEqualTo("https://findahelpline.com");
        assertThat(SlackRendering.LINKS.matcher(link.getActionId()).matches()).isTrue();
        assertThat(((MarkdownTextObject) ((SectionBlock) blocks.get(2)).getText()).getText()).isEqualTo("Samaritans: 116123");
    }

    @Test
    void an_image_is_an_upload_with_its_alt_text_between_the_messages_around_it() {
        List<SlackCall> calls = render(new Part.Text("Your week"), new Part.Image(new byte[] {1, 2}, "Mood: 3, 4, 4", "mood.png"),
                new Part.Text("Streak: 3 days"));

        assertThat(calls).hasSize(3);
        SlackCall.Upload upload = (SlackCall.Upload) calls.get(1);
        assertThat(upload.altText()).isEqualTo("Mood: 3, 4, 4");
        assertThat(upload.fileName()).isEqualTo("mood.png");
        assertThat(calls.get(2)).isInstanceOf(SlackCall.Post.class);
    }

    @Test
    void a_long_text_is_split_into_sections_slack_accepts() {
        String line = "word ".repeat(100).strip();
        List<SlackCall> calls = render(new Part.Text((line + "\n").repeat(20)));

        List<LayoutBlock> blocks = ((SlackCall.Post) calls.get(0)).blocks();
        assertThat(blocks).hasSizeGreaterThan(1).allMatch(block ->
                ((MarkdownTextObject) ((SectionBlock) block).getText()).getText().length() <= SlackMrkdwn.SECTION_LIMIT);
    }

    @Test
    void answered_buttons_are_taken_away_and_the_rest_kept() {
        List<LayoutBlock> blocks = ((SlackCall.Post) render(new Part.Text("How are you?"),
                new Part.Buttons(List.of(Part.Button.of("4", "ck.4")))).get(0)).blocks();

        assertThat(SlackRendering.withoutButtons(blocks)).hasValueSatisfying(kept ->
                assertThat(kept).hasSize(1).allMatch(SectionBlock.class::isInstance));
        assertThat(SlackRendering.withoutButtons(List.of(blocks.get(0)))).as("nothing to take away").isEmpty();
        assertThat(SlackRendering.fallbackText(SlackRendering.withoutButtons(blocks).orElseThrow()))
                .as("the words chat.update sends with the blocks").isEqualTo("How are you?");
    }

    @Test
    void command_names_in_kindreds_words_are_spelt_as_slack_members_type_them() {
        SlackCommandSpelling spelling = new SlackCommandSpelling("/kindred", () -> Set.of("checkin", "help"));

        assertThat(spelling.apply("Send /checkin 09:00, or /help. A path like a/checkin, https://x.org/help or /unknown stays."))
                .isEqualTo("Send /kindred checkin 09:00, or /kindred help. A path like a/checkin, https://x.org/help or /unknown stays.");
    }
}
