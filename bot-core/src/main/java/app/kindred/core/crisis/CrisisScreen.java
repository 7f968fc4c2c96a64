package app.kindred.core.crisis;

import app.kindred.core.contract.TextWritten;
import app.kindred.core.conversation.Middleware;
import app.kindred.core.conversation.Turn;
import app.kindred.core.crisis.screening.Screener;
import app.kindred.core.crisis.screening.Screening;

/**
 * Screens every free-text message before anything else handles it, in direct chats, spaces and relay
 * circles alike, and leaves the verdict on the turn ({@code turn.get(Screening.class)}). A clear crisis
 * is answered at once, privately, and goes no further: it is never relayed or handled by a feature.
 * Concern, or a crisis that may be a joke, gets a private one-tap check first; then the message goes on.
 * Worry about someone else that states no danger goes on unanswered here, to the supporter tips.
 * Works before consent and without the store.
 */
public final class CrisisScreen implements Middleware {

    private final Screener screener;
    private final CrisisReplies replies;

    public CrisisScreen(Screener screener, CrisisReplies replies) {
        this.screener = screener;
        this.replies = replies;
    }

    @Override
    public void handle(Turn turn, Chain next) {
        if (!(turn.event() instanceof TextWritten text)) {
            next.proceed(turn);
            return;
        }
        Screening screening = screener.screen(text.text(), turn.sender().hints().language());
        turn.put(Screening.class, screening);
        if (screening.isClearCrisis()) {
            replies.crisis(turn, screening);
            return;
        }
        if (screening.level() != Screening.Level.NONE && !screening.aboutSomeoneElse()) {
            replies.check(turn);
        }
        // Worry about someone else without stated danger goes on to the supporter tips, which point to /helplines.
        next.proceed(turn);
    }

    /** Whether this event is text that shows any sign of danger, to the member or to someone else. */
    public boolean mayBeCrisis(Turn turn) {
        return turn.event() instanceof TextWritten text
                && screener.screen(text.text(), turn.sender().hints().language()).level() != Screening.Level.NONE;
    }
}
