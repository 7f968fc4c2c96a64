package app.kindred.telegram;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.Ordered;

/** Shows why Telegram could not start as its one sentence, wherever Spring wrapped it. */
public final class TelegramSetupFailureAnalyzer extends AbstractFailureAnalyzer<TelegramSetupException> implements Ordered {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, TelegramSetupException cause) {
        return new FailureAnalysis(cause.getMessage(), null, cause);
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
