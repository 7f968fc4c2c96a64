package app.kindred.slack;

import app.kindred.core.contract.CommandIssued;
import app.kindred.core.contract.Place;
import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SlackTranslatorTest {

    private final SlackChannels channels = new SlackChannels(null);
    private final SlackTranslator translator = new SlackTranslator("/kindred", channels);

    private static SlashCommandPayload command(String command, String text, String channel) {
        SlashCommandPayload payload = new SlashCommandPayload();
        payload.setTeamId("T1");
        payload.setUserId("U1");
        payload.setUserName("maya");
        payload.setCommand(command);
        payload.setText(text);
        payload.setChannelId(channel);
        return payload;
    }

    private CommandIssued issued(SlashCommandPayload payload) {
        return (CommandIssued) ((SlackTranslation.Event) translator.command(payload)).event();
    }

    @Test
    void the_first_word_after_the_app_command_is_the_core_command() {
        CommandIssued issued = issued(command("/kindred", "checkin  09:00 weekdays", "D1"));

        assertThat(issued.name()).isEqualTo("checkin");
        assertThat(issued.arguments()).isEqualTo("09:00 weekdays");
        assertThat(issued.sender().community()).isEqualTo("T1");
    }

    @Test
    void a_bare_app_command_arrives_with_null_text_and_means_help() {
        assertThat(issued(command("/kindred", null, "D1")).name()).isEqualTo("help");
        assertThat(issued(command("/kindred", "/mood", "D1")).name()).isEqualTo("mood");
    }

    @Test
    void a_core_command_registered_on_its_own_works_too() {
        CommandIssued issued = issued(command("/checkin", "09:00", "C1"));

        assertThat(issued.name()).isEqualTo("checkin");
        assertThat(issued.arguments()).isEqualTo("09:00");
        assertThat(issued.place()).isEqualTo(Place.space("C1"));
    }

    @Test
    void only_a_dm_kindred_knows_is_used_as_its_dm_any_other_is_opened_afresh() {
        assertThat(issued(command("/kindred", "mood", "D9")).place()).isEqualTo(Place.direct(""));
        channels.rememberDm("U1", "D9");
        assertThat(issued(command("/kindred", "mood", "D9")).place()).isEqualTo(Place.direct("D9"));
    }
}
