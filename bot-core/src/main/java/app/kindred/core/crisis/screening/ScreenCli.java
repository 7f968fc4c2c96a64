package app.kindred.core.crisis.screening;

import app.kindred.core.privacy.Json;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * {@code screen}: moderators audit the screening by piping messages in, one per line, and reading one JSON
 * object per line back: the message, its level, categories, subject and whether it may be a joke. Text goes
 * only to standard output, never to a log or a file.
 */
public final class ScreenCli {

    private ScreenCli() {
    }

    /** Screens every line of {@code in}; returns the process exit code. */
    public static int run(BufferedReader in, PrintStream out) {
        Screener screener = Screener.bundled();
        try {
            String line;
            while ((line = in.readLine()) != null) {
                out.println(json(line, screener.screen(line, null)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not read standard input", e);
        }
        out.flush();
        return 0;
    }

    static String json(String text, Screening screening) {
        StringBuilder json = new StringBuilder(96 + text.length());
        json.append("{\"level\":");
        Json.string(screening.level().code(), json);
        json.append(",\"categories\":[");
        boolean first = true;
        for (Screening.Category category : screening.categories()) {
            if (!first) {
                json.append(',');
            }
            Json.string(category.code(), json);
            first = false;
        }
        json.append("],\"subject\":");
        Json.string(screening.subject().code(), json);
        json.append(",\"possibleJoke\":").append(screening.possibleJoke());
        json.append(",\"text\":");
        Json.string(text, json);
        return json.append('}').toString();
    }

    public static void main(String[] args) {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        System.exit(run(in, out));
    }
}
