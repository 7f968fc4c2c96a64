package app.kindred.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts requests per client address in fixed windows: a public chat's first line against floods, before
 * the core's own per-member flood guard. Counts live in memory and are dropped when their window ends.
 */
final class AddressRateLimits {

    private static final int MAX_TRACKED = 50_000;

    private final Clock clock;
    private final int limit;
    private final Duration window;
    private final ConcurrentHashMap<String, Window> windows = new ConcurrentHashMap<>();

    private static final class Window {
        final Instant start;
        int count;

        Window(Instant start) {
            this.start = start;
        }
    }

    AddressRateLimits(Clock clock, int limit, Duration window) {
        this.clock = clock;
        this.limit = limit;
        this.window = window;
    }

    /** Counts one request from the address; false when it is over the limit for the current window. */
    boolean tryAcquire(String address) {
        Instant now = clock.instant();
        if (windows.size() > MAX_TRACKED) {
            windows.values().removeIf(w -> !now.isBefore(w.start.plus(window)));
        }
        Window current = windows.compute(address, (key, old) ->
                old == null || !now.isBefore(old.start.plus(window)) ? new Window(now) : old);
        synchronized (current) {
            return ++current.count <= limit;
        }
    }
}
