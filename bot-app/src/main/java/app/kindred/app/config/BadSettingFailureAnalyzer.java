package app.kindred.app.config;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.Ordered;

/** Turns a {@link BadSettingException}, wherever Spring wrapped it, into its one sentence. */
public final class BadSettingFailureAnalyzer extends AbstractFailureAnalyzer<BadSettingException> implements Ordered {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, BadSettingException cause) {
        return new FailureAnalysis(cause.getMessage(), null, cause);
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
