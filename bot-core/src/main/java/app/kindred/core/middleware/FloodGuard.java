package app.kindred.core.middleware;

import app.kindred.core.conversation.Middleware;
import app.kindred.core.conversation.Turn;
import app.kindred.core.member.MemberId;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * Slows a member who sends more than a limit of events in a window: the first event over the limit gets
 * one reply saying so, the rest of the window is dropped. One message that may be a crisis still gets
 * through in each window, so someone in distress who writes fast is never left unanswered, while a
 * flood of alarming text earns no more than one extra reply. Counts live in memory; a restart forgives all.
 */
public final class FloodGuard implements Middleware {

    private static final int MAX_TRACKED = 100_000;

    private final int limit;
    private final long windowMillis;
    private final Predicate<Turn> mayBeCrisis;
    private final ConcurrentHashMap<MemberId, Window> windows = new ConcurrentHashMap<>();

    /**
     * @param mayBeCrisis asked only for events over the limit, so the screening it costs is paid by
     *                    floods alone
     */
    public FloodGuard(int limit, Duration window, Predicate<Turn> mayBeCrisis) {
        this.limit = limit;
        this.windowMillis = window.toMillis();
        this.mayBeCrisis = mayBeCrisis;
    }

    /**
     * A fixed window, in epoch milliseconds because this runs for every event; replaced, never mutated, so
     * compute() keeps the count consistent.
     */
    private record Window(long endMillis, int count, boolean crisisLetThrough) {

        Window next() {
            return new Window(endMillis, count + 1, crisisLetThrough);
        }

        Window withCrisisLetThrough() {
            return new Window(endMillis, count, true);
        }
    }

    @Override
    public void handle(Turn turn, Chain next) {
        long now = turn.now().toEpochMilli();
        if (windows.size() > MAX_TRACKED) {
            windows.values().removeIf(w -> w.endMillis() <= now);
        }
        Window current = windows.compute(turn.member(), (id, w) ->
                w == null || now >= w.endMillis() ? new Window(now + windowMillis, 1, false) : w.next());
        if (current.count() <= limit) {
            next.proceed(turn);
        } else if (!current.crisisLetThrough() && mayBeCrisis.test(turn) && claimCrisisPass(turn.member(), current)) {
            next.proceed(turn);
        } else if (current.count() == limit + 1) {
            turn.readProfileIfReachable();
            turn.replyText("errors.slow-down");
        }
    }

    /** True for the one caller that marks this window's crisis pass as used. */
    private boolean claimCrisisPass(MemberId member, Window seen) {
        return windows.replace(member, seen, seen.withCrisisLetThrough());
    }
}
