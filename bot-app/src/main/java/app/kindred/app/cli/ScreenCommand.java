package app.kindred.app.cli;

import app.kindred.core.crisis.screening.ScreenCli;

import java.io.BufferedReader;
import java.io.PrintStream;
import java.util.List;

/**
 * {@code screen}: reads messages from stdin, one per line, and prints how crisis screening reads each as
 * a JSON line, so moderators and clinicians can audit the screening. Text goes to stdout only.
 */
final class ScreenCommand implements CliCommand {

    @Override
    public String name() {
        return "screen";
    }

    @Override
    public String summary() {
        return "screen messages from stdin, one per line, and print one JSON result per line";
    }

    @Override
    public int run(List<String> arguments, BufferedReader in, PrintStream out, PrintStream err) {
        return ScreenCli.run(in, out);
    }
}
