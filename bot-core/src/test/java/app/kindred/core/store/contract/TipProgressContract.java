package app.kindred.core.store.contract;

import app.kindred.core.member.MemberId;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What every store promises about the listening tips a member has seen. */
public abstract class TipProgressContract extends StoreContract {

    @Test
    void seen_tips_add_up_without_duplicates() {
        MemberId member = newMember();
        assertThat(store.tipProgress().seen(member)).isEmpty();

        store.tipProgress().markSeen(member, "listen-actively");
        store.tipProgress().markSeen(member, "empathy");
        store.tipProgress().markSeen(member, "empathy");

        assertThat(store.tipProgress().seen(member)).containsExactlyInAnyOrder("listen-actively", "empathy");
    }

    @Test
    void a_new_round_starts_from_nothing_and_other_members_are_untouched() {
        MemberId member = newMember();
        MemberId other = newMember();
        store.tipProgress().markSeen(member, "empathy");
        store.tipProgress().markSeen(other, "self-care");

        store.tipProgress().reset(member);

        assertThat(store.tipProgress().seen(member)).isEmpty();
        assertThat(store.tipProgress().seen(other)).containsExactly("self-care");
    }

    @Test
    void progress_is_exported_and_forgotten() {
        MemberId member = newMember();
        store.tipProgress().markSeen(member, "open-questions");

        assertThat(exported("tipsSeen", member).toString()).contains("open-questions");
        forgetEverywhere(member);
        assertThat(store.tipProgress().seen(member)).isEmpty();
    }
}
