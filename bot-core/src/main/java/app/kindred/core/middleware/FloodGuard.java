package app.kindred.core.middleware;

import app.kindred.core.conversation.Middleware;
import app.kindred.core.conversation.Turn;
import app.kindred.core.member.MemberId;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows a member who sends more than a limit of events in a window: the first event over the limit gets
 * one reply saying so, the rest of the window is dropped. Counts live in memory; a restart forgives all.
 */
public final class FloodGuard implements Middleware {

    private static final int MAX_TRACKED = 100_000;

    private final int limit;
    private final Duration window;
    private final ConcurrentHashMap<MemberId, Window> windows = new ConcurrentHashMap<>();

    public FloodGuard(int limit, Duration window) {
        this.limit = limit;
        this.window = window;
    }

    /** A fixed window; replaced, never mutated, so compute() keeps the count consistent. */
    private record Window(Instant start, int count) {
    }

    @Override
    public void handle(Turn turn, Chain next) {
        Instant now = turn.now();
        if (windows.size() > MAX_TRACKED) {
            windows.values().removeIf(w -> w.start.plus(window).isBefore(now));
        }
        int count = windows.compute(turn.member(), (id, w) ->
                w == null || !now.isBefore(w.start.plus(window)) ? new Window(now, 1) : new Window(w.start, w.count + 1))
                .count();
        if (count <= limit) {
            next.proceed(turn);
        } else if (count == limit + 1) {
            turn.replyText("errors.slow-down");
        }
    }
}
