package app.kindred.slack;

/**
 * Slack cannot start as configured. The message is one sentence saying what to fix, shown instead of a
 * stack trace by {@link SlackSetupFailureAnalyzer}; it never contains a token or the signing secret.
 */
public final class SlackSetupException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    public SlackSetupException(String sentence) {
        super(sentence);
    }
}
