package app.kindred.discord;

/**
 * Discord cannot start as configured. The message is one sentence saying what to fix, shown instead of a
 * stack trace by {@link DiscordSetupFailureAnalyzer}; it never contains the token.
 */
public final class DiscordSetupException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    public DiscordSetupException(String sentence) {
        super(sentence);
    }
}
