package app.kindred.core.crisis.followup;

import app.kindred.core.member.MemberId;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class StoredFollowUpTest {

    private static final MemberId MO = new MemberId("m0123456789abcdefghij");

    @Test
    void a_follow_up_is_kept_as_the_line_both_stores_have_always_written() {
        FollowUp followUp = new FollowUp(MO, Instant.parse("2026-03-03T10:00:00Z"), new byte[] {1, 2, 3}, "de");

        assertThat(StoredFollowUp.encode(followUp)).isEqualTo("1772532000|de|AQID");
    }

    @Test
    void the_line_reads_back_as_the_same_follow_up() {
        FollowUp read = StoredFollowUp.decode(MO, "1772532000|de|AQID");

        assertThat(read.member()).isEqualTo(MO);
        assertThat(read.due()).isEqualTo(Instant.parse("2026-03-03T10:00:00Z"));
        assertThat(read.language()).isEqualTo("de");
        assertThat(read.sealedAddress()).containsExactly(1, 2, 3);
    }
}
