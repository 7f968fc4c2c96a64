package app.kindred.core.store.contract;

import app.kindred.core.member.MemberId;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What every store promises about when a member last raised a crisis signal: a time, and nothing else. */
public abstract class RecentSignalsContract extends StoreContract {

    private static final Instant MORNING = Instant.parse("2026-03-02T09:15:00Z");

    @Test
    void the_latest_signal_is_the_one_kept() {
        MemberId member = newMember();
        assertThat(store.recentSignals().last(member)).isEmpty();

        store.recentSignals().record(member, MORNING);
        store.recentSignals().record(member, MORNING.plusSeconds(600));

        assertThat(store.recentSignals().last(member)).contains(MORNING.plusSeconds(600));
    }

    @Test
    void one_members_signal_says_nothing_about_another() {
        MemberId member = newMember();
        MemberId other = newMember();

        store.recentSignals().record(member, MORNING);

        assertThat(store.recentSignals().last(other)).isEmpty();
    }

    @Test
    void the_export_shows_when_and_forget_removes_it() {
        MemberId member = newMember();
        store.recentSignals().record(member, MORNING);

        assertThat(exported("recentCrisisSignal", member)).isEqualTo(Map.of("at", MORNING.toString()));
        forgetEverywhere(member);
        assertThat(store.recentSignals().last(member)).isEmpty();
    }
}
