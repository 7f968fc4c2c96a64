package app.kindred.core.store.contract;

import app.kindred.core.contract.Platform;
import app.kindred.core.member.MemberId;
import app.kindred.core.member.MemberProfile;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** What every store promises about member profiles. */
public abstract class MembersContract extends StoreContract {

    private static final Instant CREATED = Instant.parse("2026-03-02T09:00:00Z");

    private static MemberProfile profile(MemberId id) {
        return new MemberProfile(id, Platform.SLACK, "T0123", new byte[] {1, 2, 3, (byte) 0xff}, "de", "DE",
                "Europe/Berlin", CREATED, CREATED.plusSeconds(30), false, false);
    }

    @Test
    void a_saved_profile_reads_back_field_by_field() {
        MemberId id = newMember();
        store.members().save(profile(id));

        MemberProfile read = store.members().find(id).orElseThrow();
        assertThat(read.id()).isEqualTo(id);
        assertThat(read.platform()).isEqualTo(Platform.SLACK);
        assertThat(read.community()).isEqualTo("T0123");
        assertThat(read.sealedAddress()).containsExactly(1, 2, 3, (byte) 0xff);
        assertThat(read.language()).isEqualTo("de");
        assertThat(read.country()).isEqualTo("DE");
        assertThat(read.timeZone()).isEqualTo("Europe/Berlin");
        assertThat(read.createdAt()).isEqualTo(CREATED);
        assertThat(read.consentedAt()).isEqualTo(CREATED.plusSeconds(30));
        assertThat(read.paused()).isFalse();
        assertThat(read.unreachable()).isFalse();
    }

    @Test
    void unknown_settings_stay_unknown() {
        MemberId id = newMember();
        store.members().save(new MemberProfile(id, Platform.TELEGRAM, "direct", new byte[] {9}, "en", null, null,
                CREATED, null, false, false));

        MemberProfile read = store.members().find(id).orElseThrow();
        assertThat(read.country()).isNull();
        assertThat(read.timeZone()).isNull();
        assertThat(read.consentedAt()).isNull();
        assertThat(read.hasConsented()).isFalse();
    }

    @Test
    void saving_again_replaces_the_profile() {
        MemberId id = newMember();
        store.members().save(profile(id));
        store.members().save(profile(id).withPaused(true).withUnreachable(true).withLanguage("fr"));

        MemberProfile read = store.members().find(id).orElseThrow();
        assertThat(read.paused()).isTrue();
        assertThat(read.unreachable()).isTrue();
        assertThat(read.language()).isEqualTo("fr");
    }

    @Test
    void a_member_nobody_saved_is_absent() {
        assertThat(store.members().find(newMember())).isEmpty();
    }

    @Test
    void delete_removes_only_that_member() {
        MemberId gone = newMember();
        MemberId stays = newMember();
        store.members().save(profile(gone));
        store.members().save(profile(stays));

        store.members().delete(gone);

        assertThat(store.members().find(gone)).isEmpty();
        assertThat(store.members().find(stays)).isPresent();
    }

    @Test
    void the_profile_is_exported_without_the_sealed_address_and_forgotten_on_request() {
        MemberId id = newMember();
        store.members().save(profile(id));

        assertThat(exported("profile", id).toString()).contains("Europe/Berlin").contains("de");
        forgetEverywhere(id);
        assertThat(store.members().find(id)).isEmpty();
    }
}
