package app.kindred.telegram;

/**
 * Telegram cannot start as configured. The message is one sentence saying what to fix, shown instead of
 * a stack trace by {@link TelegramSetupFailureAnalyzer}; it never contains the token.
 */
public final class TelegramSetupException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    public TelegramSetupException(String sentence) {
        super(sentence);
    }
}
