package app.kindred.app.cli;

import java.io.BufferedReader;
import java.io.PrintStream;
import java.util.List;

/** Lists the tasks, and says how to start the server. */
final class HelpCommand implements CliCommand {

    private final CliCommands table;

    HelpCommand(CliCommands table) {
        this.table = table;
    }

    @Override
    public String name() {
        return "help";
    }

    @Override
    public String summary() {
        return "list these commands";
    }

    @Override
    public int run(List<String> arguments, BufferedReader in, PrintStream out, PrintStream err) {
        out.println("java -jar kindred-exec.jar                 start Kindred (web chat on http://localhost:8080)");
        for (CliCommand command : table.all()) {
            out.printf("java -jar kindred-exec.jar %-15s %s%n", command.name(), command.summary());
        }
        return 0;
    }
}
