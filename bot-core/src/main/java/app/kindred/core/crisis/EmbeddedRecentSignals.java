package app.kindred.core.crisis;

import app.kindred.core.member.MemberId;
import app.kindred.core.store.EmbeddedStore;
import org.h2.mvstore.MVMap;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Recent crisis signals in the embedded store. Like a Redis key with a TTL, an entry lives for the window
 * counted from when it was written (by the wall clock, not the core's), and is deleted after that: the
 * time someone was in crisis is not kept a day longer than the groups feature needs it.
 */
public final class EmbeddedRecentSignals implements RecentSignals {

    /** How often, at most, a write or read also sweeps out expired entries of members nobody asked about. */
    private static final Duration SWEEP_EVERY = Duration.ofHours(1);

    private final MVMap<String, Long> lastSignal;
    private final MVMap<String, Long> expiresAt;
    /** The window in whole seconds, at least one, as Redis takes a TTL. */
    private final long windowSeconds;
    private final Clock wallClock;
    private volatile long nextSweep;

    public EmbeddedRecentSignals(EmbeddedStore store, Duration window) {
        this(store, window, Clock.systemUTC());
    }

    EmbeddedRecentSignals(EmbeddedStore store, Duration window, Clock wallClock) {
        this.lastSignal = store.map("crisis-signals");
        this.expiresAt = store.map("crisis-signals-expiry");
        this.windowSeconds = Math.max(1, window.toSeconds());
        this.wallClock = wallClock;
        adoptEntriesWithoutExpiry();
        sweep(wallClock.instant().getEpochSecond());
    }

    @Override
    public void record(MemberId member, Instant at) {
        long now = wallClock.instant().getEpochSecond();
        expiresAt.put(member.value(), now + windowSeconds);
        lastSignal.put(member.value(), at.getEpochSecond());
        sweepNowAndThen(now);
    }

    @Override
    public Optional<Instant> last(MemberId member) {
        long now = wallClock.instant().getEpochSecond();
        sweepNowAndThen(now);
        Long expiry = expiresAt.get(member.value());
        if (expiry != null && expiry <= now) {
            forget(member);
            return Optional.empty();
        }
        return Optional.ofNullable(lastSignal.get(member.value())).map(Instant::ofEpochSecond);
    }

    @Override
    public void forget(MemberId member) {
        lastSignal.remove(member.value());
        expiresAt.remove(member.value());
    }

    /**
     * Stores written before entries carried an expiry get one a full window from now: nothing is kept
     * for ever, and no member loses the hold on invitations they may still need.
     */
    private void adoptEntriesWithoutExpiry() {
        long expiry = wallClock.instant().getEpochSecond() + windowSeconds;
        for (String member : lastSignal.keySet()) {
            expiresAt.putIfAbsent(member, expiry);
        }
    }

    private void sweepNowAndThen(long now) {
        if (now >= nextSweep) {
            sweep(now);
        }
    }

    private void sweep(long now) {
        nextSweep = now + SWEEP_EVERY.toSeconds();
        for (Map.Entry<String, Long> entry : expiresAt.entrySet()) {
            if (entry.getValue() <= now) {
                lastSignal.remove(entry.getKey());
                expiresAt.remove(entry.getKey(), entry.getValue());
            }
        }
    }
}
