package app.kindred.adapter;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.Ordered;

/**
 * Shows why Kindred could not start as the one sentence its setup exception carries, wherever Spring
 * wrapped it, instead of a stack trace. The app (a bad setting) and each adapter name their own exception
 * and register their subclass in their {@code META-INF/spring.factories}.
 *
 * @param <E> the adapter's setup exception, whose message says what to fix
 */
public abstract class OneSentenceFailureAnalyzer<E extends Throwable> extends AbstractFailureAnalyzer<E> implements Ordered {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, E cause) {
        return new FailureAnalysis(cause.getMessage(), null, cause);
    }

    /** Before Spring's own analyzers, which would show the exception around the sentence. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
