package app.kindred.app.cli;

import app.kindred.core.member.Secrets;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The jar's non-server tasks: found by name in one table, each run with its own streams. */
class CliCommandsTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void help_lists_every_command_and_how_to_start_the_server() throws Exception {
        CliCommands commands = CliCommands.standard();

        int exit = run(commands, "help");

        assertThat(exit).isZero();
        assertThat(printed()).contains("start Kindred");
        commands.all().forEach(command -> assertThat(printed()).contains(command.name()).contains(command.summary()));
    }

    @Test
    void keys_prints_three_fresh_keys_that_kindred_accepts() throws Exception {
        int exit = run(CliCommands.standard(), "keys");
        List<String> lines = printed().lines().toList();

        assertThat(exit).isZero();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).startsWith("KINDRED_KEYS_PSEUDONYM=");
        assertThat(lines.get(1)).startsWith("KINDRED_KEYS_ADDRESS=");
        assertThat(lines.get(2)).startsWith("KINDRED_KEYS_BUTTON=");
        Secrets parsed = Secrets.fromBase64(value(lines.get(0)), value(lines.get(1)), value(lines.get(2)));
        assertThat(parsed.pseudonymKey()).isNotEqualTo(parsed.addressKey());
    }

    @Test
    void screen_reads_messages_from_stdin_and_prints_one_json_line_each() throws Exception {
        int exit = run(CliCommands.standard(), "screen", "I want to die\nthis deadline is fine\n");
        List<String> lines = printed().lines().toList();

        assertThat(exit).isZero();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).startsWith("{\"level\":\"crisis\"");
        assertThat(lines.get(1)).startsWith("{\"level\":\"none\"");
    }

    @Test
    void two_commands_with_one_name_are_refused() {
        assertThatThrownBy(() -> CliCommands.of(List.of(new KeysCommand(), new KeysCommand())))
                .hasMessageContaining("keys");
    }

    @Test
    void an_unknown_command_is_not_in_the_table() {
        assertThat(CliCommands.standard().find("launch-rockets")).isEmpty();
    }

    private int run(CliCommands commands, String name) throws Exception {
        return run(commands, name, "");
    }

    private int run(CliCommands commands, String name, String stdin) throws Exception {
        BufferedReader in = new BufferedReader(new StringReader(stdin));
        return commands.find(name).orElseThrow().run(List.of(), in,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String printed() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private static String value(String line) {
        return line.substring(line.indexOf('=') + 1);
    }
}
