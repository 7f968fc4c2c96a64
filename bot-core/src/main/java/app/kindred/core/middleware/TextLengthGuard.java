package app.kindred.core.middleware;

import app.kindred.core.contract.TextWritten;
import app.kindred.core.conversation.Middleware;
import app.kindred.core.conversation.Turn;

/**
 * Free text longer than Kindred reads gets a clear reply instead of being cut silently. It runs after the
 * crisis screen, so a long message from someone in danger is still answered.
 */
public final class TextLengthGuard implements Middleware {

    private final int maxLength;

    public TextLengthGuard(int maxLength) {
        this.maxLength = maxLength;
    }

    @Override
    public void handle(Turn turn, Chain next) {
        if (turn.event() instanceof TextWritten text && text.text().codePointCount(0, text.text().length()) > maxLength) {
            turn.readProfileIfReachable();
            turn.replyText("errors.text-too-long", "limit", maxLength);
            return;
        }
        next.proceed(turn);
    }
}
