package app.kindred.core.delivery;

/**
 * A rate as a generic cell rate algorithm: one call per interval, with up to {@code burst} calls back to
 * back. Keeping a theoretical time instead of a token count lets a late thread catch up without ever
 * exceeding the burst, so the rate is reached even when wake-ups overshoot.
 */
final class Pace {

    private final long interval;
    private final long tolerance;
    private boolean used;
    private long theoretical;

    Pace(long intervalNanos, int burst) {
        this.interval = Math.max(0, intervalNanos);
        this.tolerance = this.interval * (Math.max(1, burst) - 1L);
    }

    static Pace perSecond(double perSecond, int burst) {
        return new Pace(Math.round(1_000_000_000d / perSecond), burst);
    }

    /** The earliest time, not before now, at which one more call may go. */
    long earliest(long now) {
        if (!used) {
            return now;
        }
        long at = theoretical - tolerance;
        return at - now > 0 ? at : now;
    }

    /** How many calls may go at once right now, at most the burst. */
    int allowance(long now) {
        int burst = (int) (interval == 0 ? Integer.MAX_VALUE : tolerance / interval + 1);
        if (!used) {
            return burst;
        }
        long ahead = now - (theoretical - tolerance);
        if (ahead < 0) {
            return 0;
        }
        return interval == 0 ? burst : (int) Math.min(burst, ahead / interval + 1);
    }

    void take(long now) {
        long base = !used || now - theoretical > 0 ? now : theoretical;
        theoretical = base + interval;
        used = true;
    }

    /** Whether the pace has fully recovered, so forgetting it changes nothing. */
    boolean idleAt(long now) {
        return !used || theoretical - now <= 0;
    }
}
