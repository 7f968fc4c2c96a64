package app.kindred.core.member;

import app.kindred.core.contract.Address;
import app.kindred.core.contract.Platform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MemberPrivacyTest {

    @Test
    void member_ids_are_stable_keyed_and_reveal_nothing() {
        Secrets secrets = Secrets.random();
        Pseudonyms pseudonyms = new Pseudonyms(secrets.pseudonymKey());
        MemberId id = pseudonyms.of(Platform.SLACK, "T123", "U456");

        assertThat(pseudonyms.of(Platform.SLACK, "T123", "U456")).isEqualTo(id);
        assertThat(pseudonyms.of(Platform.SLACK, "T12", "3U456")).isNotEqualTo(id);
        assertThat(new Pseudonyms(Secrets.random().pseudonymKey()).of(Platform.SLACK, "T123", "U456")).isNotEqualTo(id);
        assertThat(id.value()).doesNotContain("U456").doesNotContain("T123");
    }

    @Test
    void a_sealed_address_opens_only_for_its_member() {
        AddressVault vault = new AddressVault(Secrets.random().addressKey());
        MemberId owner = new MemberId("owner-owner-owner");
        Address.Direct address = new Address.Direct(Platform.TELEGRAM, "direct", "4242", "4242");

        byte[] sealed = vault.seal(owner, address);
        assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("4242");
        assertThat(vault.open(owner, sealed)).isEqualTo(address);
        assertThatThrownBy(() -> vault.open(new MemberId("someone-else-entirely"), sealed))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void the_key_file_is_created_once_and_readable_by_its_owner_only(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("data/kindred.key");
        Secrets first = Secrets.fromKeyFile(file);

        assertThat(Secrets.fromKeyFile(file)).isEqualTo(first);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(first.toString()).doesNotContain(java.util.Base64.getEncoder().encodeToString(first.buttonKey()));
    }
}
