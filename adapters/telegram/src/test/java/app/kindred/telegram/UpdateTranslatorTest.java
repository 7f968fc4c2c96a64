package app.kindred.telegram;

import app.kindred.core.contract.ButtonPressed;
import app.kindred.core.contract.CommandIssued;
import app.kindred.core.contract.Lifecycle;
import app.kindred.core.contract.Place;
import app.kindred.core.contract.Platform;
import app.kindred.core.contract.TextWritten;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UpdateTranslatorTest {

    private final UpdateTranslator translator = new UpdateTranslator(() -> "KindredTestBot");

    @Test
    void start_is_read_from_its_bot_command_entity_with_the_members_language() {
        var event = (UpdateTranslation.Event) translator.translate(Updates.update("start", "language_code", "pt-br"));

        var command = (CommandIssued) event.event();
        assertThat(command.name()).isEqualTo("start");
        assertThat(command.arguments()).isEmpty();
        assertThat(command.place()).isEqualTo(Place.direct("111111111"));
        assertThat(command.sender().platform()).isEqualTo(Platform.TELEGRAM);
        assertThat(command.sender().community()).isEqualTo("direct");
        assertThat(command.sender().userId()).isEqualTo("111111111");
        assertThat(command.sender().displayName()).isEqualTo("Maya");
        assertThat(command.sender().hints().language()).isEqualTo("pt");
        assertThat(command.sender().bot()).isFalse();
        assertThat(event.callbackQueryId()).isNull();
    }

    @Test
    void a_command_keeps_its_arguments() {
        var event = (UpdateTranslation.Event) translator.translate(Updates.update("command", "text", "/language  de "));

        assertThat(event.event()).isEqualTo(new CommandIssued(((CommandIssued) event.event()).sender(),
                Place.direct("111111111"), "language", "de"));
    }

    @Test
    void in_a_group_a_command_for_kindred_is_taken_and_one_for_another_bot_is_left_alone() {
        var ours = (UpdateTranslation.Event) translator.translate(Updates.update("group-command", "text", "/help@KindredTestBot"));
        assertThat(((CommandIssued) ours.event()).name()).isEqualTo("help");
        assertThat(((CommandIssued) ours.event()).place()).isEqualTo(Place.space("-1001234567890"));

        assertThat(translator.translate(Updates.update("group-command", "text", "/help@OtherBot")))
                .isInstanceOf(UpdateTranslation.Ignored.class);
    }

    @Test
    void a_slash_in_the_middle_of_text_is_just_text() {
        var event = (UpdateTranslation.Event) translator.translate(Updates.update("text", "text", "work/life balance is hard"));

        assertThat(event.event()).isInstanceOf(TextWritten.class);
        assertThat(((TextWritten) event.event()).text()).isEqualTo("work/life balance is hard");
    }

    @Test
    void a_press_carries_its_payload_untouched_and_the_message_it_came_from() {
        var event = (UpdateTranslation.Event) translator.translate(Updates.update("callback-query",
                "data", "ob.consent~en~1a2b3c~AbCdEfGhIjk", "message_id", "77"));

        var press = (ButtonPressed) event.event();
        assertThat(press.payload()).isEqualTo("ob.consent~en~1a2b3c~AbCdEfGhIjk");
        assertThat(press.messageRef()).isEqualTo("77");
        assertThat(press.place()).isEqualTo(Place.direct("111111111"));
        assertThat(event.callbackQueryId()).isEqualTo("4382bfdwdsb323b2d9");
    }

    @Test
    void stickers_voice_notes_and_files_get_the_text_only_reply() {
        for (String fixture : new String[] {"sticker", "voice", "document"}) {
            var translation = translator.translate(Updates.update(fixture));
            assertThat(translation).as(fixture).isInstanceOf(UpdateTranslation.CannotRead.class);
            assertThat(((UpdateTranslation.CannotRead) translation).promptKey()).isEqualTo("telegram.text-only");
        }
    }

    @Test
    void an_edit_is_not_read_as_a_new_message() {
        var translation = (UpdateTranslation.CannotRead) translator.translate(Updates.update("edited-message", "text", "actually no"));

        assertThat(translation.promptKey()).isEqualTo("telegram.no-edits");
    }

    @Test
    void update_types_kindred_does_not_use_are_ignored() {
        assertThat(translator.translate(Updates.update("poll"))).isInstanceOf(UpdateTranslation.Ignored.class);
        assertThat(translator.translate(Updates.update("channel-post"))).isInstanceOf(UpdateTranslation.Ignored.class);
        assertThat(translator.translate(Updates.update("group-service-message"))).isInstanceOf(UpdateTranslation.Ignored.class);
    }

    @Test
    void a_member_blocking_kindred_becomes_member_unreachable() {
        var event = (UpdateTranslation.Event) translator.translate(Updates.update("blocked"));

        assertThat(event.event()).isEqualTo(new Lifecycle.MemberUnreachable(Platform.TELEGRAM, "direct", "111111111"));
    }
}
