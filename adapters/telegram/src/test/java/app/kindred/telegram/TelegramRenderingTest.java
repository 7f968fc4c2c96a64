package app.kindred.telegram;

import app.kindred.core.contract.Address;
import app.kindred.core.contract.Message;
import app.kindred.core.contract.Part;
import app.kindred.core.contract.Platform;
import app.kindred.core.contract.RetireButtons;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.methods.send.SendDocument;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.send.SendPhoto;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageReplyMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TelegramRenderingTest {

    private static final Address.Direct MAYA = new Address.Direct(Platform.TELEGRAM, "direct", "111", "111");
    private static final String CONSENT = "ob.consent~en~1a2b3c~AbCdEfGhIjk";

    @Test
    void texts_and_button_rows_become_one_html_message_with_an_inline_keyboard() {
        var calls = TelegramRendering.render(Message.reply(MAYA, List.of(
                new Part.Text("Hi, I'm **Kindred**."),
                new Part.Text("What I keep & why"),
                new Part.Buttons(List.of(Part.Button.of("I agree", CONSENT), Part.Button.of("Not now", "ob.decline~en~1~x"))),
                new Part.Buttons(List.of(Part.Button.of("Español", "ob.lang~es~1~y"))))));

        assertThat(calls).hasSize(1);
        var send = (SendMessage) calls.get(0).build().get();
        assertThat(send.getChatId()).isEqualTo("111");
        assertThat(send.getParseMode()).isEqualToIgnoringCase("HTML");
        assertThat(send.getText()).isEqualTo("Hi, I'm <b>Kindred</b>.\n\nWhat I keep &amp; why");
        var keyboard = ((InlineKeyboardMarkup) send.getReplyMarkup()).getKeyboard();
        assertThat(keyboard).hasSize(2);
        assertThat(keyboard.get(0)).extracting(InlineKeyboardButton::getText).containsExactly("I agree", "Not now");
        assertThat(keyboard.get(0).get(0).getCallbackData()).isEqualTo(CONSENT);
        assertThat(keyboard.get(1).get(0).getCallbackData()).isEqualTo("ob.lang~es~1~y");
    }

    @Test
    void text_after_a_keyboard_joins_the_same_message_above_it() {
        var calls = TelegramRendering.render(Message.reply(MAYA, List.of(
                new Part.Text("How are you feeling?"),
                new Part.Buttons(List.of(Part.Button.of("4 · Good", "ci.score~x-4~1~a"))),
                new Part.Text("_Send /checkin 09:00 to be asked every day._"))));

        assertThat(calls).hasSize(1);
        var send = (SendMessage) calls.get(0).build().get();
        assertThat(send.getText()).isEqualTo("How are you feeling?\n\n<i>Send /checkin 09:00 to be asked every day.</i>");
        assertThat(((InlineKeyboardMarkup) send.getReplyMarkup()).getKeyboard()).hasSize(1);
    }

    @Test
    void a_chart_goes_as_a_photo_with_its_alt_text_as_caption_after_the_text_before_it() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G'};
        var calls = TelegramRendering.render(Message.reply(MAYA, List.of(
                new Part.Text("Your week"),
                new Part.Image(png, "Mood from Monday to Sunday: 2, 3, 3, 4, 4, 3, 5 <good>", "mood.png"),
                new Part.Buttons(List.of(Part.Button.of("Last month", "mood.month~~1~z"))))));

        assertThat(calls).extracting(TelegramCall::method).containsExactly("sendMessage", "sendPhoto");
        var photo = (SendPhoto) calls.get(1).build().get();
        assertThat(photo.getCaption()).isEqualTo("Mood from Monday to Sunday: 2, 3, 3, 4, 4, 3, 5 <good>");
        assertThat(photo.getParseMode()).as("a plain caption has nothing to escape").isNull();
        assertThat(photo.getPhoto().getMediaName()).isEqualTo("mood.png");
        assertThat(((InlineKeyboardMarkup) photo.getReplyMarkup()).getKeyboard().get(0).get(0).getCallbackData())
                .isEqualTo("mood.month~~1~z");
    }

    @Test
    void every_attempt_gets_a_fresh_stream_so_a_retried_photo_is_whole() throws Exception {
        byte[] png = "a png".getBytes(StandardCharsets.UTF_8);
        var call = TelegramRendering.render(Message.reply(MAYA, List.of(new Part.Image(png, "chart", "c.png")))).get(0);

        var first = (SendPhoto) call.build().get();
        first.getPhoto().getNewMediaStream().readAllBytes();
        var second = (SendPhoto) call.build().get();
        assertThat(second.getPhoto().getNewMediaStream().readAllBytes()).isEqualTo(png);
    }

    @Test
    void a_data_export_goes_as_a_document_with_an_html_caption() {
        var calls = TelegramRendering.render(Message.reply(MAYA, List.of(
                new Part.Document("{}".getBytes(StandardCharsets.UTF_8), "kindred-export.json", "application/json",
                        "Here is **everything** I hold"))));

        var document = (SendDocument) calls.get(0).build().get();
        assertThat(document.getCaption()).isEqualTo("Here is <b>everything</b> I hold");
        assertThat(document.getParseMode()).isEqualToIgnoringCase("HTML");
        assertThat(document.getDocument().getMediaName()).isEqualTo("kindred-export.json");
    }

    @Test
    void web_links_become_url_buttons_and_phone_numbers_are_written_out() {
        var calls = TelegramRendering.render(Message.reply(MAYA, List.of(
                new Part.Text("People you can talk to now:"),
                new Part.Link("Samaritans", "tel:116123"),
                new Part.Link("Find a helpline", "https://findahelpline.com"))));

        var send = (SendMessage) calls.get(0).build().get();
        assertThat(send.getText()).isEqualTo("People you can talk to now:\n\nSamaritans: 116123");
        var button = ((InlineKeyboardMarkup) send.getReplyMarkup()).getKeyboard().get(0).get(0);
        assertThat(button.getUrl()).isEqualTo("https://findahelpline.com");
        assertThat(button.getCallbackData()).isNull();
    }

    @Test
    void a_choice_becomes_a_column_of_buttons_under_its_placeholder_when_there_is_no_text() {
        var calls = TelegramRendering.render(Message.reply(MAYA, List.of(new Part.Choice("Pick a topic",
                List.of(new Part.Option("Work stress", "gr.join~work~1~a"), new Part.Option("Grief", "gr.join~grief~1~b"))))));

        var send = (SendMessage) calls.get(0).build().get();
        assertThat(send.getText()).isEqualTo("Pick a topic");
        assertThat(((InlineKeyboardMarkup) send.getReplyMarkup()).getKeyboard()).hasSize(2);
    }

    @Test
    void a_space_is_addressed_by_its_chat_id() {
        var group = new Address.Space(Platform.TELEGRAM, "direct", "-1001234567890");
        var send = (SendMessage) TelegramRendering.render(Message.reply(group, List.of(new Part.Text("hello")))).get(0).build().get();

        assertThat(send.getChatId()).isEqualTo("-1001234567890");
    }

    @Test
    void retiring_buttons_edits_the_keyboard_away() {
        var edit = (EditMessageReplyMarkup) TelegramRendering.retire(new RetireButtons(MAYA, "4242")).orElseThrow().build().get();

        assertThat(edit.getChatId()).isEqualTo("111");
        assertThat(edit.getMessageId()).isEqualTo(4242);
        assertThat(edit.getReplyMarkup()).isNull();
        assertThat(TelegramRendering.retire(new RetireButtons(MAYA, "msg-3"))).isEmpty();
    }
}
