package app.kindred.core.middleware;

import app.kindred.core.conversation.Middleware;
import app.kindred.core.conversation.Turn;

/** Drops events from bots, Kindred's own echoes included, so two bots never talk in a loop. */
public final class IgnoreBots implements Middleware {

    @Override
    public void handle(Turn turn, Chain next) {
        if (!turn.sender().bot()) {
            next.proceed(turn);
        }
    }
}
