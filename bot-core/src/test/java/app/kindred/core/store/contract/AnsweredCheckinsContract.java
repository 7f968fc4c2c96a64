package app.kindred.core.store.contract;

import app.kindred.core.checkin.AnsweredCheckins;
import app.kindred.core.member.MemberId;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What every store promises about answered check-in occurrences. */
public abstract class AnsweredCheckinsContract extends StoreContract {

    private static final long OCCURRENCE = 29_540_000L;

    @Test
    void the_first_answer_counts_and_the_second_does_not() {
        MemberId member = newMember();
        assertThat(store.answeredCheckins().isAnswered(member, OCCURRENCE)).isFalse();

        assertThat(store.answeredCheckins().markAnswered(member, OCCURRENCE)).isTrue();
        assertThat(store.answeredCheckins().markAnswered(member, OCCURRENCE)).isFalse();
        assertThat(store.answeredCheckins().isAnswered(member, OCCURRENCE)).isTrue();
    }

    @Test
    void answers_belong_to_one_member_and_one_occurrence() {
        MemberId one = newMember();
        MemberId other = newMember();
        store.answeredCheckins().markAnswered(one, OCCURRENCE);

        assertThat(store.answeredCheckins().markAnswered(other, OCCURRENCE)).isTrue();
        assertThat(store.answeredCheckins().markAnswered(one, OCCURRENCE + 1440)).isTrue();
    }

    @Test
    void the_most_recent_occurrences_are_remembered() {
        MemberId member = newMember();
        for (int i = 0; i < AnsweredCheckins.REMEMBERED + 8; i++) {
            store.answeredCheckins().markAnswered(member, OCCURRENCE + i);
        }
        for (int i = 8; i < AnsweredCheckins.REMEMBERED + 8; i++) {
            assertThat(store.answeredCheckins().isAnswered(member, OCCURRENCE + i)).as("occurrence %d", i).isTrue();
        }
    }

    @Test
    void answers_are_exported_and_forgotten() {
        MemberId member = newMember();
        store.answeredCheckins().markAnswered(member, OCCURRENCE);

        assertThat(isEmptyExport(exported("answeredCheckins", member))).isFalse();
        forgetEverywhere(member);
        assertThat(store.answeredCheckins().isAnswered(member, OCCURRENCE)).isFalse();
    }
}
