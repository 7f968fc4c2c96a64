package app.kindred.app.cli;

import java.io.BufferedReader;
import java.io.PrintStream;
import java.util.List;

/** A task the jar runs instead of the server: {@code java -jar kindred-exec.jar <name> [arguments]}. */
public interface CliCommand {

    String name();

    /** One line for the list of commands. */
    String summary();

    /** Runs the task and returns the process exit code (0 when it went well). */
    int run(List<String> arguments, BufferedReader in, PrintStream out, PrintStream err) throws Exception;
}
