package app.kindred.core.store.contract;

import app.kindred.core.contract.Platform;
import app.kindred.core.groups.TopicKey;
import app.kindred.core.groups.Waitlists;
import app.kindred.core.member.MemberId;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What every store promises about topic waitlists: order, one place per member, all-or-nothing claims. */
public abstract class WaitlistsContract extends StoreContract {

    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
    private final TopicKey anxiety = new TopicKey(Platform.SLACK, "T1", "anxiety");
    private final TopicKey grief = new TopicKey(Platform.SLACK, "T1", "grief");

    private Waitlists waitlists() {
        return store.waitlists();
    }

    @Test
    void members_wait_in_the_order_they_joined_even_within_one_millisecond() {
        MemberId first = newMember();
        MemberId second = newMember();
        MemberId third = newMember();

        assertThat(waitlists().join(anxiety, first, T0)).isTrue();
        assertThat(waitlists().join(anxiety, second, T0)).isTrue();
        assertThat(waitlists().join(anxiety, third, T0.plusSeconds(5))).isTrue();

        assertThat(waitlists().waiting(anxiety)).extracting(Waitlists.Waiting::member).containsExactly(first, second, third);
        assertThat(waitlists().waiting(anxiety).get(2).since()).isEqualTo(T0.plusSeconds(5));
    }

    @Test
    void a_member_waits_once_per_topic_and_leaving_is_one_call() {
        MemberId member = newMember();
        assertThat(waitlists().join(anxiety, member, T0)).isTrue();
        assertThat(waitlists().join(anxiety, member, T0.plusSeconds(1))).isFalse();
        assertThat(waitlists().join(grief, member, T0)).isTrue();
        assertThat(waitlists().topicsOf(member)).containsExactlyInAnyOrder(anxiety, grief);

        assertThat(waitlists().leave(anxiety, member)).isTrue();
        assertThat(waitlists().leave(anxiety, member)).isFalse();
        assertThat(waitlists().isWaiting(anxiety, member)).isFalse();
        assertThat(waitlists().topicsOf(member)).containsExactly(grief);
    }

    @Test
    void a_member_waits_since_they_joined_and_not_after_leaving() {
        MemberId member = newMember();
        assertThat(waitlists().waitingSince(anxiety, member)).isEmpty();

        waitlists().join(anxiety, member, T0.plusSeconds(7));
        assertThat(waitlists().waitingSince(anxiety, member)).contains(T0.plusSeconds(7));
        assertThat(waitlists().waitingSince(grief, member)).isEmpty();

        waitlists().leave(anxiety, member);
        assertThat(waitlists().waitingSince(anxiety, member)).isEmpty();
    }

    @Test
    void topics_with_someone_waiting_are_listed_and_empty_ones_drop_out() {
        MemberId member = newMember();
        waitlists().join(anxiety, member, T0);
        assertThat(waitlists().topics()).contains(anxiety).doesNotContain(grief);

        waitlists().leave(anxiety, member);
        assertThat(waitlists().topics()).doesNotContain(anxiety);
    }

    @Test
    void members_returned_to_the_front_go_ahead_of_everyone_in_the_order_given() {
        MemberId waiting = newMember();
        MemberId back1 = newMember();
        MemberId back2 = newMember();
        waitlists().join(anxiety, waiting, T0.plusSeconds(60));

        waitlists().returnToFront(anxiety, List.of(back1, back2), T0);

        assertThat(waitlists().waiting(anxiety)).extracting(Waitlists.Waiting::member).containsExactly(back1, back2, waiting);
        assertThat(waitlists().waiting(anxiety).get(0).since()).isEqualTo(T0);
    }

    @Test
    void a_claim_takes_everyone_or_nobody() {
        MemberId a = newMember();
        MemberId b = newMember();
        MemberId gone = newMember();
        waitlists().join(anxiety, a, T0);
        waitlists().join(anxiety, b, T0);

        assertThat(waitlists().claim(anxiety, List.of(a, b, gone))).isFalse();
        assertThat(waitlists().waiting(anxiety)).extracting(Waitlists.Waiting::member).containsExactly(a, b);

        assertThat(waitlists().claim(anxiety, List.of(a, b))).isTrue();
        assertThat(waitlists().waiting(anxiety)).isEmpty();
        assertThat(waitlists().claim(anxiety, List.of(a))).as("a member is claimed once").isFalse();
    }

    @Test
    void waitlists_are_exported_and_forgotten() {
        MemberId member = newMember();
        MemberId other = newMember();
        waitlists().join(anxiety, member, T0);
        waitlists().join(grief, member, T0);
        waitlists().join(grief, other, T0);

        assertThat(exported("waitlists", member).toString()).contains("anxiety").contains("grief");
        forgetEverywhere(member);
        assertThat(waitlists().topicsOf(member)).isEmpty();
        assertThat(waitlists().waiting(grief)).extracting(Waitlists.Waiting::member).containsExactly(other);
    }
}
