package app.kindred.core.member;

import app.kindred.core.contract.Address;
import app.kindred.core.contract.Platform;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

class PseudonymsTest {

    private final Pseudonyms pseudonyms = new Pseudonyms(key());

    @Test
    void a_member_is_logged_by_their_member_id_and_never_by_their_platform_id() {
        String logged = pseudonyms.logId(new Address.Direct(Platform.SLACK, "T1", "U42", "D42"));

        assertThat(logged).isEqualTo(pseudonyms.of(Platform.SLACK, "T1", "U42").value()).doesNotContain("U42");
    }

    @Test
    void a_space_is_logged_by_a_keyed_hash_that_no_member_shares() {
        String space = pseudonyms.logId(new Address.Space(Platform.DISCORD, "G1", "777"));

        assertThat(space).startsWith("space-").doesNotContain("777")
                .isNotEqualTo("space-" + pseudonyms.of(Platform.DISCORD, "G1", "777").value());
        assertThat(space).isEqualTo(pseudonyms.logId(new Address.Space(Platform.DISCORD, "G1", "777")));
    }

    private static byte[] key() {
        byte[] key = new byte[32];
        Arrays.fill(key, (byte) 7);
        return key;
    }
}
