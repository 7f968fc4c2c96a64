package app.kindred.slack;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.Ordered;

/** Shows why Slack could not start as its one sentence, wherever Spring wrapped it. */
public final class SlackSetupFailureAnalyzer extends AbstractFailureAnalyzer<SlackSetupException> implements Ordered {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, SlackSetupException cause) {
        return new FailureAnalysis(cause.getMessage(), null, cause);
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
