package app.kindred.discord;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.Ordered;

/** Shows why Discord could not start as its one sentence, wherever Spring wrapped it. */
public final class DiscordSetupFailureAnalyzer extends AbstractFailureAnalyzer<DiscordSetupException> implements Ordered {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, DiscordSetupException cause) {
        return new FailureAnalysis(cause.getMessage(), null, cause);
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
