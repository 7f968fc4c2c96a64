package app.kindred.core.crisis;

import app.kindred.core.member.MemberId;
import app.kindred.core.store.EmbeddedStore;
import app.kindred.core.testing.MutableClock;
import org.h2.mvstore.MVMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** The embedded store keeps the time of a crisis signal for the window and not a day longer, as Redis does. */
class EmbeddedRecentSignalsTest {

    private static final Duration WINDOW = RecentSignals.KEPT_FOR;
    private static final Instant WRITTEN = Instant.parse("2026-12-01T08:00:00Z");

    private final EmbeddedStore store = EmbeddedStore.inMemory();
    private final MutableClock wallClock = new MutableClock(WRITTEN);
    private final MemberId member = new MemberId("m-in-crisis");

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void a_signal_is_read_within_the_window_and_gone_after_it() {
        EmbeddedRecentSignals signals = new EmbeddedRecentSignals(store, WINDOW, wallClock);
        signals.record(member, WRITTEN);

        wallClock.advance(WINDOW.minusMinutes(1));
        assertThat(signals.last(member)).contains(WRITTEN);

        wallClock.advance(Duration.ofMinutes(1));
        assertThat(signals.last(member)).isEmpty();
        assertThat(store.<String, Long>map("crisis-signals")).doesNotContainKey(member.value());
    }

    @Test
    void the_window_counts_from_when_it_was_written_not_from_the_time_it_carries() {
        EmbeddedRecentSignals signals = new EmbeddedRecentSignals(store, WINDOW, wallClock);
        Instant longAgo = WRITTEN.minus(Duration.ofDays(30));

        signals.record(member, longAgo);

        assertThat(signals.last(member)).contains(longAgo);
    }

    @Test
    void expired_signals_of_members_nobody_asks_about_are_swept_out() {
        EmbeddedRecentSignals signals = new EmbeddedRecentSignals(store, WINDOW, wallClock);
        signals.record(member, WRITTEN);

        wallClock.advance(WINDOW.plusHours(2));
        signals.record(new MemberId("someone-else"), wallClock.instant());

        assertThat(store.<String, Long>map("crisis-signals")).doesNotContainKey(member.value());
    }

    @Test
    void a_store_written_before_signals_expired_gives_each_old_entry_one_window_from_now() {
        MVMap<String, Long> older = store.map("crisis-signals");
        older.put(member.value(), WRITTEN.minus(Duration.ofDays(200)).getEpochSecond());

        EmbeddedRecentSignals signals = new EmbeddedRecentSignals(store, WINDOW, wallClock);
        assertThat(signals.last(member)).isPresent();

        wallClock.advance(WINDOW);
        assertThat(signals.last(member)).isEmpty();
        assertThat(older).isEmpty();
    }
}
