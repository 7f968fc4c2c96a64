package app.kindred.core.conversation;

/**
 * One cross-cutting rule in the chain every member event passes through (ignore bots, flood guard,
 * crisis screen, consent gate). Call {@code next.proceed(turn)} to let the event go on.
 */
@FunctionalInterface
public interface Middleware {

    void handle(Turn turn, Chain next);

    /** The rest of the chain. */
    @FunctionalInterface
    interface Chain {
        void proceed(Turn turn);
    }
}
