package app.kindred.app.config;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalysisReporter;

import java.io.PrintStream;

/**
 * Prints why Kindred could not start as plain sentences on stderr, whatever the log format: the person
 * starting it needs the sentence, not a stack trace or a JSON log line. Spring's own reporter is
 * silenced in application.yml so the reason appears once.
 */
public final class StartupFailureReporter implements FailureAnalysisReporter {

    private final PrintStream err;

    public StartupFailureReporter() {
        this(System.err);
    }

    StartupFailureReporter(PrintStream err) {
        this.err = err;
    }

    @Override
    public void report(FailureAnalysis analysis) {
        StringBuilder report = new StringBuilder(analysis.getDescription().strip());
        if (analysis.getAction() != null && !analysis.getAction().isBlank()) {
            report.append(System.lineSeparator()).append(analysis.getAction().strip());
        }
        err.println(report);
        err.flush();
    }
}
