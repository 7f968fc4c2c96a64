package app.kindred.core.store.contract;

import app.kindred.core.checkin.DueCheckin;
import app.kindred.core.member.MemberId;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** What every store promises about due check-ins: on time, in order, and each occurrence to one claimer. */
public abstract class DueCheckinsContract extends StoreContract {

    private static final Instant NINE = Instant.parse("2026-03-02T09:00:00Z");
    private static final Duration LEASE = Duration.ofMinutes(5);

    @Test
    void an_entry_is_claimed_at_its_time_not_before() {
        MemberId member = newMember();
        store.dueCheckins().plan(DueCheckin.regular(member, NINE));

        assertThat(store.dueCheckins().claim(NINE.minusSeconds(1), LEASE, 10)).isEmpty();
        assertThat(store.dueCheckins().claim(NINE, LEASE, 10)).containsExactly(DueCheckin.regular(member, NINE));
        assertThat(store.dueCheckins().pending(member, DueCheckin.Kind.REGULAR)).isEmpty();
    }

    @Test
    void due_entries_come_oldest_first_and_at_most_as_many_as_asked() {
        List<DueCheckin> planned = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            DueCheckin entry = DueCheckin.regular(newMember(), NINE.minus(Duration.ofMinutes(i)));
            planned.add(entry);
            store.dueCheckins().plan(entry);
        }
        Collections.reverse(planned);

        List<DueCheckin> first = store.dueCheckins().claim(NINE, LEASE, 3);
        List<DueCheckin> rest = store.dueCheckins().claim(NINE, LEASE, 3);

        assertThat(first).containsExactlyElementsOf(planned.subList(0, 3));
        assertThat(rest).containsExactlyElementsOf(planned.subList(3, 5));
    }

    @Test
    void a_claimed_entry_is_not_claimed_again_while_its_lease_runs() {
        DueCheckin entry = DueCheckin.regular(newMember(), NINE);
        store.dueCheckins().plan(entry);
        store.dueCheckins().claim(NINE, LEASE, 10);

        assertThat(store.dueCheckins().claim(NINE.plus(Duration.ofMinutes(4)), LEASE, 10)).isEmpty();
    }

    @Test
    void a_claim_never_completed_comes_back_when_its_lease_runs_out() {
        DueCheckin entry = DueCheckin.regular(newMember(), NINE);
        store.dueCheckins().plan(entry);
        store.dueCheckins().claim(NINE, LEASE, 10);

        List<DueCheckin> again = store.dueCheckins().claim(NINE.plus(LEASE), LEASE, 10);
        assertThat(again).containsExactly(entry);
        store.dueCheckins().complete(again.get(0), null);
        assertThat(store.dueCheckins().claim(NINE.plus(Duration.ofHours(1)), LEASE, 10)).isEmpty();
    }

    @Test
    void completing_plans_the_next_occurrence() {
        MemberId member = newMember();
        DueCheckin today = DueCheckin.regular(member, NINE);
        DueCheckin tomorrow = DueCheckin.regular(member, NINE.plus(Duration.ofDays(1)));
        store.dueCheckins().plan(today);

        store.dueCheckins().complete(store.dueCheckins().claim(NINE, LEASE, 10).get(0), tomorrow);

        assertThat(store.dueCheckins().pending(member, DueCheckin.Kind.REGULAR)).contains(tomorrow);
        assertThat(store.dueCheckins().claim(NINE.plus(Duration.ofHours(2)), LEASE, 10)).isEmpty();
        assertThat(store.dueCheckins().claim(tomorrow.fireAt(), LEASE, 10)).containsExactly(tomorrow);
    }

    @Test
    void a_schedule_changed_while_a_claim_was_out_wins_over_the_claimers_next() {
        MemberId member = newMember();
        store.dueCheckins().plan(DueCheckin.regular(member, NINE));
        DueCheckin claimed = store.dueCheckins().claim(NINE, LEASE, 10).get(0);
        DueCheckin changed = DueCheckin.regular(member, NINE.plus(Duration.ofHours(9)));
        store.dueCheckins().plan(changed);

        store.dueCheckins().complete(claimed, DueCheckin.regular(member, NINE.plus(Duration.ofDays(1))));

        assertThat(store.dueCheckins().pending(member, DueCheckin.Kind.REGULAR)).contains(changed);
    }

    @Test
    void planning_again_moves_the_pending_entry_and_a_snooze_lives_beside_it() {
        MemberId member = newMember();
        store.dueCheckins().plan(DueCheckin.regular(member, NINE));
        store.dueCheckins().plan(DueCheckin.regular(member, NINE.plus(Duration.ofHours(3))));
        DueCheckin snooze = DueCheckin.snoozed(member, NINE.plus(Duration.ofHours(1)), NINE.getEpochSecond() / 60);
        store.dueCheckins().plan(snooze);

        assertThat(store.dueCheckins().claim(NINE.plus(Duration.ofMinutes(59)), LEASE, 10)).isEmpty();
        List<DueCheckin> snoozed = store.dueCheckins().claim(NINE.plus(Duration.ofHours(1)), LEASE, 10);
        assertThat(snoozed).containsExactly(snooze);
        store.dueCheckins().complete(snoozed.get(0), null);
        assertThat(store.dueCheckins().claim(NINE.plus(Duration.ofHours(3)), LEASE, 10))
                .containsExactly(DueCheckin.regular(member, NINE.plus(Duration.ofHours(3))));
    }

    @Test
    void cancel_removes_pending_and_claimed_entries() {
        MemberId member = newMember();
        MemberId other = newMember();
        store.dueCheckins().plan(DueCheckin.regular(member, NINE));
        store.dueCheckins().plan(DueCheckin.regular(other, NINE));
        store.dueCheckins().claim(NINE, LEASE, 10);
        store.dueCheckins().plan(DueCheckin.regular(member, NINE.plus(Duration.ofDays(1))));

        store.dueCheckins().cancel(member);

        assertThat(store.dueCheckins().pending(member, DueCheckin.Kind.REGULAR)).isEmpty();
        assertThat(store.dueCheckins().claim(NINE.plus(Duration.ofDays(2)), LEASE, 10))
                .extracting(DueCheckin::member).containsExactly(other);
    }

    @Test
    void claimers_racing_each_other_take_every_entry_exactly_once() throws Exception {
        int entries = 600;
        for (int i = 0; i < entries; i++) {
            store.dueCheckins().plan(DueCheckin.regular(newMember(), NINE.minusSeconds(i * 7L)));
        }
        int claimers = 4;
        ExecutorService pool = Executors.newFixedThreadPool(claimers);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<DueCheckin>>> results = new ArrayList<>();
        for (int c = 0; c < claimers; c++) {
            results.add(pool.submit(() -> {
                start.await();
                List<DueCheckin> mine = new ArrayList<>();
                List<DueCheckin> batch;
                do {
                    batch = store.dueCheckins().claim(NINE, LEASE, 7);
                    mine.addAll(batch);
                    batch.forEach(entry -> store.dueCheckins().complete(entry, null));
                } while (!batch.isEmpty());
                return mine;
            }));
        }
        start.countDown();
        List<DueCheckin> all = new ArrayList<>();
        for (Future<List<DueCheckin>> result : results) {
            all.addAll(result.get(30, TimeUnit.SECONDS));
        }
        pool.shutdown();

        assertThat(all).hasSize(entries).doesNotHaveDuplicates();
    }

    @Test
    void the_next_check_in_is_exported_and_forgotten() {
        MemberId member = newMember();
        store.dueCheckins().plan(DueCheckin.regular(member, NINE));

        assertThat(exported("pendingCheckins", member).toString()).contains("2026-03-02T09:00:00Z");
        forgetEverywhere(member);
        assertThat(store.dueCheckins().claim(NINE.plus(Duration.ofDays(1)), LEASE, 10)).isEmpty();
    }
}
