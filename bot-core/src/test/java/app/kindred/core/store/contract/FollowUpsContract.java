package app.kindred.core.store.contract;

import app.kindred.core.crisis.followup.FollowUp;
import app.kindred.core.member.MemberId;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What every store promises about the next-day follow-ups members ask for after a crisis reply. */
public abstract class FollowUpsContract extends StoreContract {

    private static final Instant TOMORROW_MORNING = Instant.parse("2026-03-03T10:00:00Z");
    private static final byte[] SEALED = {1, 2, 3, 4, 5};

    @Test
    void a_follow_up_is_kept_until_it_is_due() {
        MemberId member = newMember();
        store.followUps().schedule(new FollowUp(member, TOMORROW_MORNING, SEALED, "es"));

        assertThat(store.followUps().claimDue(TOMORROW_MORNING.minusSeconds(1), 10))
                .noneMatch(f -> f.member().equals(member));
        FollowUp kept = store.followUps().find(member).orElseThrow();
        assertThat(kept.due()).isEqualTo(TOMORROW_MORNING);
        assertThat(kept.language()).isEqualTo("es");
        assertThat(kept.sealedAddress()).containsExactly(SEALED);
    }

    @Test
    void asking_again_moves_the_follow_up_rather_than_adding_one() {
        MemberId member = newMember();
        store.followUps().schedule(new FollowUp(member, TOMORROW_MORNING, SEALED, "en"));
        store.followUps().schedule(new FollowUp(member, TOMORROW_MORNING.plus(Duration.ofDays(1)), SEALED, "en"));

        assertThat(store.followUps().claimDue(TOMORROW_MORNING, 10)).noneMatch(f -> f.member().equals(member));
        assertThat(store.followUps().claimDue(TOMORROW_MORNING.plus(Duration.ofDays(1)), 10))
                .extracting(FollowUp::member).containsOnlyOnce(member);
    }

    @Test
    void a_due_follow_up_is_claimed_once_and_then_gone() {
        MemberId member = newMember();
        store.followUps().schedule(new FollowUp(member, TOMORROW_MORNING, SEALED, "de"));

        assertThat(store.followUps().claimDue(TOMORROW_MORNING, 10)).extracting(FollowUp::member).containsOnlyOnce(member);
        assertThat(store.followUps().claimDue(TOMORROW_MORNING.plusSeconds(60), 10)).noneMatch(f -> f.member().equals(member));
        assertThat(store.followUps().find(member)).isEmpty();
    }

    @Test
    void a_claim_takes_no_more_than_its_limit_and_leaves_the_rest_for_the_next() {
        List<MemberId> members = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            MemberId member = newMember();
            members.add(member);
            store.followUps().schedule(new FollowUp(member, TOMORROW_MORNING, SEALED, "fr"));
        }

        List<MemberId> claimed = new ArrayList<>();
        store.followUps().claimDue(TOMORROW_MORNING, 2).forEach(f -> claimed.add(f.member()));
        assertThat(claimed).hasSizeLessThanOrEqualTo(2);
        for (int round = 0; round < 10 && claimed.size() < 5; round++) {
            store.followUps().claimDue(TOMORROW_MORNING, 2).forEach(f -> claimed.add(f.member()));
        }

        assertThat(claimed).containsExactlyInAnyOrderElementsOf(members);
    }

    @Test
    void the_export_says_when_and_in_which_language_and_forget_cancels_it() {
        MemberId member = newMember();
        store.followUps().schedule(new FollowUp(member, TOMORROW_MORNING, SEALED, "en"));

        assertThat(exported("crisisFollowUp", member).toString())
                .contains(TOMORROW_MORNING.toString()).contains("en");
        forgetEverywhere(member);
        assertThat(store.followUps().claimDue(TOMORROW_MORNING.plus(Duration.ofDays(2)), 10))
                .noneMatch(f -> f.member().equals(member));
    }
}
