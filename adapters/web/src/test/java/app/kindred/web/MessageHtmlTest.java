package app.kindred.web;

import app.kindred.core.contract.Address;
import app.kindred.core.contract.Message;
import app.kindred.core.contract.Part;
import app.kindred.core.contract.Platform;
import app.kindred.core.prompts.Say;
import app.kindred.core.prompts.YamlPrompts;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** How Kindred's messages look in the page, and that nothing in them can become markup. */
class MessageHtmlTest {

    private static final Say ENGLISH = new Say(YamlPrompts.bundled(), "en");
    private static final Address.Direct TO = new Address.Direct(Platform.WEB, "local", "w1", "w1");

    private static String render(Part... parts) {
        return MessageHtml.render(Message.reply(TO, List.of(parts)), "m7", ENGLISH);
    }

    @Test
    void bold_italic_and_bullets_become_html_and_every_plain_run_is_escaped() {
        String html = render(new Part.Text("Hi <script>alert(1)</script> & **friend**, _welcome_\n- one\n- two\nafter"));

        assertThat(html).isEqualTo("<p>Hi &lt;script&gt;alert(1)&lt;/script&gt; &amp; <strong>friend</strong>, "
                + "<em>welcome</em></p><ul><li>one</li><li>two</li></ul><p>after</p>");
    }

    @Test
    void markup_inside_bold_text_is_escaped_too() {
        assertThat(render(new Part.Text("**<b>x</b>**"))).isEqualTo("<p><strong>&lt;b&gt;x&lt;/b&gt;</strong></p>");
    }

    @Test
    void buttons_are_real_buttons_carrying_their_payload_untouched() {
        String html = render(new Part.Buttons(List.of(
                new Part.Button("Yes \"please\"", "ck.score~3~ab_c-9", Part.Style.PRIMARY),
                Part.Button.of("<No>", "ck.skip~x"))));

        assertThat(html).isEqualTo("<div class=\"buttons\">"
                + "<button type=\"button\" class=\"choice primary\" data-payload=\"ck.score~3~ab_c-9\">Yes &quot;please&quot;</button>"
                + "<button type=\"button\" class=\"choice plain\" data-payload=\"ck.skip~x\">&lt;No&gt;</button></div>");
    }

    @Test
    void a_choice_is_a_labelled_select_with_a_button_to_confirm_it() {
        String html = render(new Part.Choice("Pick a topic", List.of(
                new Part.Option("Work stress", "gr.join~work"), new Part.Option("Grief & loss", "gr.join~grief"))));

        assertThat(html).isEqualTo("<div class=\"select\"><label for=\"m7-0\">Pick a topic</label><select id=\"m7-0\">"
                + "<option value=\"gr.join~work\">Work stress</option><option value=\"gr.join~grief\">Grief &amp; loss</option>"
                + "</select><button type=\"button\" class=\"choose\" data-select=\"m7-0\">Choose</button></div>");
    }

    @Test
    void an_image_keeps_its_alt_text_and_travels_inside_the_page() {
        String html = render(new Part.Image(new byte[] {1, 2, 3}, "Mood over 14 days: \"mostly 4\"", "mood.png"));

        assertThat(html).isEqualTo("<img class=\"chart\" src=\"data:image/png;base64,AQID\" "
                + "alt=\"Mood over 14 days: &quot;mostly 4&quot;\">");
    }

    @Test
    void a_document_is_a_download_with_its_caption() {
        String html = render(new Part.Document("{}".getBytes(StandardCharsets.UTF_8), "kindred-export.json",
                "application/json", "Here is **everything**."));

        assertThat(html).isEqualTo("<p>Here is <strong>everything</strong>.</p><p class=\"download\">"
                + "<a download=\"kindred-export.json\" href=\"data:application/json;base64,e30=\">"
                + "Download kindred-export.json</a></p>");
    }

    @Test
    void a_link_opens_apart_from_the_chat_with_its_label_escaped() {
        String html = render(new Part.Link("Samaritans <24/7>", "https://www.samaritans.org/?a=1&b=\"2\""));

        assertThat(html).isEqualTo("<p class=\"link\"><a href=\"https://www.samaritans.org/?a=1&amp;b=&quot;2&quot;\" "
                + "target=\"_blank\" rel=\"noopener noreferrer\">Samaritans &lt;24/7&gt;</a></p>");
    }
}
