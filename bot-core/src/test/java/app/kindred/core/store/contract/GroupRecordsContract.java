package app.kindred.core.store.contract;

import app.kindred.core.contract.Platform;
import app.kindred.core.groups.Group;
import app.kindred.core.groups.GroupId;
import app.kindred.core.groups.GroupRecords;
import app.kindred.core.groups.Seat;
import app.kindred.core.groups.TopicKey;
import app.kindred.core.member.MemberId;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What every store promises about groups: round trips, compare-and-set changes, the due index, forget. */
public abstract class GroupRecordsContract extends StoreContract {

    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
    private final TopicKey topic = new TopicKey(Platform.DISCORD, "G1", "students");

    private GroupRecords records() {
        return store.groupRecords();
    }

    private Group invited(MemberId... members) {
        List<Seat> seats = new java.util.ArrayList<>();
        for (int i = 0; i < members.length; i++) {
            seats.add(new Seat(members[i], i, Seat.State.INVITED, "", i == 0));
        }
        return Group.invite(GroupId.random(), topic, "de", Group.Mode.SPACE, seats, T0, T0.plus(Duration.ofHours(48)));
    }

    @Test
    void a_group_reads_back_as_it_was_written_and_an_id_is_used_once() {
        Group group = invited(newMember(), newMember(), newMember());
        assertThat(records().create(group)).isTrue();
        assertThat(records().create(group)).isFalse();

        assertThat(records().find(group.id())).contains(group);
    }

    @Test
    void a_change_based_on_a_stale_read_is_refused() {
        MemberId ana = newMember();
        Group group = invited(ana, newMember(), newMember());
        records().create(group);
        Group accepted = group.edit().seat(group.seatOf(ana).orElseThrow().accepted("Ana")).done();

        assertThat(records().replace(group, accepted)).isTrue();
        assertThat(records().replace(group, group.edit().state(Group.State.OPEN).done())).isFalse();
        assertThat(records().find(group.id()).orElseThrow().seatOf(ana).orElseThrow().name()).isEqualTo("Ana");

        Group opened = records().update(group.id(), g -> g.edit().state(Group.State.OPENING).done()).orElseThrow();
        assertThat(opened.state()).isEqualTo(Group.State.OPENING);
        assertThat(records().find(group.id())).contains(opened);
    }

    @Test
    void groups_come_due_by_their_next_deadline() {
        Group soon = invited(newMember(), newMember());
        Group later = Group.invite(GroupId.random(), topic, "de", Group.Mode.RELAY,
                soon.seats(), T0, T0.plus(Duration.ofHours(72)));
        records().create(later);
        records().create(soon);

        assertThat(records().due(T0.plus(Duration.ofHours(47)), 10)).doesNotContain(soon.id(), later.id());
        assertThat(records().due(T0.plus(Duration.ofHours(48)), 10)).contains(soon.id()).doesNotContain(later.id());

        Group open = records().update(soon.id(), g -> g.edit().state(Group.State.OPEN)
                .seat(g.seats().get(0).accepted("A")).seat(g.seats().get(1).accepted("B"))
                .nextTipAt(T0.plus(Duration.ofDays(7))).done()).orElseThrow();
        assertThat(open.deadline()).contains(T0.plus(Duration.ofDays(7)));
        assertThat(records().due(T0.plus(Duration.ofHours(48)), 10)).doesNotContain(soon.id());
        assertThat(records().due(T0.plus(Duration.ofDays(7)), 10)).contains(soon.id()).contains(later.id());

        records().delete(soon.id());
        assertThat(records().find(soon.id())).isEmpty();
        assertThat(records().due(T0.plus(Duration.ofDays(30)), 10)).doesNotContain(soon.id());
    }

    @Test
    void a_member_s_groups_are_found_exported_and_their_seat_cleared_by_forget() {
        MemberId ana = newMember();
        MemberId ben = newMember();
        Group group = invited(ana, ben, newMember());
        records().create(group);
        records().update(group.id(), g -> g.edit().seat(g.seatOf(ana).orElseThrow().accepted("Ana")).done());

        assertThat(records().ofMember(ana)).containsExactly(group.id());
        assertThat(exported("groups", ana).toString()).contains("students").contains("Ana");

        forgetEverywhere(ana);

        Group after = records().find(group.id()).orElseThrow();
        assertThat(after.seats()).noneMatch(s -> s.member().equals(ana) || s.name().equals("Ana"));
        assertThat(after.seats()).hasSize(3);
        assertThat(records().ofMember(ana)).isEmpty();
        assertThat(records().ofMember(ben)).containsExactly(group.id());
        assertThat(records().due(T0, 10)).as("the clock looks at a group a forgotten member left").contains(group.id());
    }
}
