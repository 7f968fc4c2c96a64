package app.kindred.core.store.contract;

import app.kindred.core.groups.GroupId;
import app.kindred.core.groups.GroupMember;
import app.kindred.core.groups.GroupMembers;
import app.kindred.core.member.MemberId;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** What every store promises about members' group records. */
public abstract class GroupMembersContract extends StoreContract {

    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

    private GroupMembers members() {
        return store.groupMembers();
    }

    @Test
    void a_member_without_a_record_reads_as_empty_and_nothing_is_stored_for_them() {
        MemberId member = newMember();
        assertThat(members().find(member)).isEmpty();
        assertThat(members().get(member)).isEqualTo(GroupMember.empty(member));
        assertThat(isEmptyExport(exported("groupSettings", member))).isTrue();
    }

    @Test
    void every_field_reads_back_as_it_was_written() {
        MemberId member = newMember();
        MemberId avoided = newMember();
        MemberId met = newMember();
        GroupId group = GroupId.random();
        GroupMember written = members().update(member, m -> m.withChosenName("Sam").withFacilitator(true)
                .avoiding(avoided).joined(group).talkingIn(group).coolingDownUntil(T0.plus(Duration.ofDays(3)))
                .met(group, T0, Set.of(met)).reported(T0, group.value() + "-1", Duration.ofDays(1))
                .offeredSupportFor(T0.minusSeconds(60)));

        assertThat(members().find(member)).contains(written);
        GroupMember read = members().get(member);
        assertThat(read.chosenName()).isEqualTo("Sam");
        assertThat(read.doNotPair()).containsExactly(avoided);
        assertThat(read.active()).containsExactly(group);
        assertThat(read.alreadyMetWith(List.of(met), 2)).isTrue();
        assertThat(read.reportsSince(T0.minusSeconds(1))).hasSize(1);
    }

    @Test
    void a_record_that_becomes_empty_is_deleted() {
        MemberId member = newMember();
        GroupId group = GroupId.random();
        members().update(member, m -> m.joined(group));
        members().update(member, m -> m.leftGroup(group));
        assertThat(members().find(member)).isEmpty();
    }

    @Test
    void records_are_exported_and_forgotten() {
        MemberId member = newMember();
        members().update(member, m -> m.withChosenName("Robin").withFacilitator(true));

        assertThat(exported("groupSettings", member).toString()).contains("Robin");
        forgetEverywhere(member);
        assertThat(members().find(member)).isEmpty();
    }
}
