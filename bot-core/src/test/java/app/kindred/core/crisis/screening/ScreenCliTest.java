package app.kindred.core.crisis.screening;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class ScreenCliTest {

    @Test
    void a_moderator_pipes_messages_in_and_reads_one_json_object_per_line() {
        String input = "I want to die\nI could kill for a coffee\nkms lol\nhe said \"bye\"\tand left\n";
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

        int exit = ScreenCli.run(new BufferedReader(new StringReader(input)), out);

        String[] lines = bytes.toString(StandardCharsets.UTF_8).split("\n");
        assertThat(exit).isZero();
        assertThat(lines).hasSize(4);
        assertThat(lines[0]).startsWith("{\"level\":\"crisis\",\"categories\":[\"suicidal\"]");
        assertThat(lines[1]).startsWith("{\"level\":\"none\",\"categories\":[]");
        assertThat(lines[2]).contains("\"level\":\"crisis\"").contains("\"possibleJoke\":true");
        assertThat(lines[3]).contains("\"text\":\"he said \\\"bye\\\"\\tand left\"");
    }
}
