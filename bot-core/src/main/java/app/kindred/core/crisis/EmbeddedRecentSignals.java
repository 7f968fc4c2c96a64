package app.kindred.core.crisis;

import app.kindred.core.member.MemberId;
import app.kindred.core.store.EmbeddedStore;
import org.h2.mvstore.MVMap;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Recent crisis signals in the embedded store; an entry older than the window reads as absent. */
public final class EmbeddedRecentSignals implements RecentSignals {

    private final MVMap<String, Long> lastSignal;
    private final Duration window;

    public EmbeddedRecentSignals(EmbeddedStore store, Duration window) {
        this.lastSignal = store.map("crisis-signals");
        this.window = window;
    }

    @Override
    public void record(MemberId member, Instant at) {
        lastSignal.put(member.value(), at.getEpochSecond());
    }

    @Override
    public Optional<Instant> last(MemberId member) {
        Long seconds = lastSignal.get(member.value());
        return Optional.ofNullable(seconds).map(Instant::ofEpochSecond);
    }

    /** Whether the member raised a signal within the window before {@code now}. */
    public boolean within(MemberId member, Instant now) {
        return last(member).map(at -> at.plus(window).isAfter(now)).orElse(false);
    }

    @Override
    public void forget(MemberId member) {
        lastSignal.remove(member.value());
    }
}
