package app.kindred.discord;

import app.kindred.core.contract.Address;
import app.kindred.core.contract.MarkdownSubset;
import app.kindred.core.contract.Message;
import app.kindred.core.contract.Part;
import app.kindred.core.contract.Platform;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.components.buttons.ButtonStyle;
import net.dv8tion.jda.api.components.selections.StringSelectMenu;
import net.dv8tion.jda.api.utils.FileUpload;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DiscordRenderingTest {

    private static final Address.Direct MAYA = new Address.Direct(Platform.DISCORD, "1300000000000000001", "1100000000000000001", "");

    @Test
    void the_markdown_subset_becomes_discord_markdown_and_everything_else_is_literal() {
        String name = MarkdownSubset.escape("**Sam** <@&123> # [x](https://evil) @everyone `code` ||spoiler|| ~~gone~~");

        String rendered = DiscordMarkdown.render("**Hello** " + name + "\n- _one_\n- two\n# not a heading\n> not a quote");

        assertThat(rendered).isEqualTo("**Hello** \\*\\*Sam\\*\\* \\<@&123\\> \\# \\[x\\](https://evil) \\@everyone "
                + "\\`code\\` \\|\\|spoiler\\|\\| \\~\\~gone\\~\\~\n- *one*\n- two\n\\# not a heading\n\\> not a quote");
    }

    @Test
    void a_long_text_is_split_at_line_breaks_into_messages_discord_accepts() {
        String line = "a".repeat(120);
        String text = String.join("\n", java.util.Collections.nCopies(40, line));

        List<DiscordRendering.Post> posts = DiscordRendering.render(Message.reply(MAYA, List.of(new Part.Text(text))));

        assertThat(posts).hasSizeGreaterThan(2);
        posts.forEach(post -> assertThat(post.data().get().getContent().length()).isLessThanOrEqualTo(2000));
        StringBuilder joined = new StringBuilder();
        posts.forEach(post -> joined.append(post.data().get().getContent()).append('\n'));
        assertThat(joined.toString().strip()).isEqualTo(text);
    }

    @Test
    void buttons_keep_their_payload_as_custom_id_five_to_a_row_below_the_text() {
        List<Part.Button> seven = new ArrayList<>();
        for (int i = 1; i <= 7; i++) {
            seven.add(new Part.Button("Score " + i, "ck~" + i + "~abc~MAC" + i, i == 1 ? Part.Style.PRIMARY : Part.Style.PLAIN));
        }
        MessageCreateData data = single(Message.reply(MAYA, List.of(new Part.Text("How are you?"), new Part.Buttons(seven),
                new Part.Text("Or skip today."))));

        assertThat(data.getContent()).isEqualTo("How are you?\n\nOr skip today.");
        List<ActionRow> rows = rows(data);
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).getComponents()).hasSize(5);
        Button first = (Button) rows.get(0).getComponents().get(0);
        assertThat(first.getCustomId()).isEqualTo("ck~1~abc~MAC1");
        assertThat(first.getStyle()).isEqualTo(ButtonStyle.PRIMARY);
        assertThat(((Button) rows.get(1).getComponents().get(1)).getCustomId()).isEqualTo("ck~7~abc~MAC7");
    }

    @Test
    void a_choice_is_a_select_menu_whose_options_carry_the_payloads() {
        MessageCreateData data = single(Message.reply(MAYA, List.of(new Part.Choice("Pick a topic",
                List.of(new Part.Option("Work stress", "gj~work~abc~M1"), new Part.Option("Grief", "gj~grief~abc~M2"))))));

        StringSelectMenu menu = (StringSelectMenu) rows(data).get(0).getComponents().get(0);
        assertThat(menu.getCustomId()).startsWith(DiscordRendering.CHOICE_ID);
        assertThat(menu.getPlaceholder()).isEqualTo("Pick a topic");
        assertThat(menu.getOptions()).extracting(o -> o.getValue()).containsExactly("gj~work~abc~M1", "gj~grief~abc~M2");
    }

    @Test
    void a_web_link_is_a_link_button_and_a_phone_number_is_written_out() {
        MessageCreateData data = single(Message.reply(MAYA, List.of(new Part.Text("Call someone:"),
                new Part.Link("Samaritans", "tel:116123"), new Part.Link("Find a helpline", "https://findahelpline.com"))));

        assertThat(data.getContent()).isEqualTo("Call someone:\n\nSamaritans: 116123");
        Button link = (Button) rows(data).get(0).getComponents().get(0);
        assertThat(link.getStyle()).isEqualTo(ButtonStyle.LINK);
        assertThat(link.getUrl()).isEqualTo("https://findahelpline.com");
        assertThat(data.getAllowedMentions()).isEmpty();
    }

    @Test
    void an_image_is_attached_with_its_alt_text_as_the_description() {
        MessageCreateData data = single(Message.reply(MAYA, List.of(new Part.Text("Your week"),
                new Part.Image(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, "Mood from 2 to 4 this week", "mood.png"))));

        assertThat(data.getContent()).isEqualTo("Your week");
        FileUpload chart = data.getFiles().get(0);
        assertThat(chart.getName()).isEqualTo("mood.png");
        assertThat(chart.getDescription()).isEqualTo("Mood from 2 to 4 this week");
    }

    private static MessageCreateData single(Message message) {
        List<DiscordRendering.Post> posts = DiscordRendering.render(message);
        assertThat(posts).hasSize(1);
        return posts.get(0).data().get();
    }

    private static List<ActionRow> rows(MessageCreateData data) {
        List<ActionRow> rows = new ArrayList<>();
        data.getComponents().forEach(c -> rows.add((ActionRow) c));
        return rows;
    }
}
