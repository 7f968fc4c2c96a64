package app.kindred.core.groups;

import app.kindred.core.member.MemberId;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The matcher's rules, one at a time, on plain candidates. */
class MatcherTest {

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    private final Matcher matcher = new Matcher(GroupSizes.defaults(), Duration.ofHours(3), Duration.ofHours(24));

    @Test
    void a_group_shares_one_language() {
        List<Candidate> queue = List.of(waiting("en1", "en", 0), waiting("es1", "es", 0), waiting("en2", "en", 0),
                waiting("es2", "es", 0), waiting("en3", "en", 0), waiting("es3", "es", 0), waiting("en4", "en", 0),
                waiting("es4", "es", 0));

        List<List<Candidate>> groups = matcher.match(queue, NOW);

        assertThat(groups).hasSize(2);
        assertThat(groups).allSatisfy(g -> assertThat(g.stream().map(Candidate::language).distinct()).hasSize(1));
    }

    @Test
    void only_a_full_group_forms_at_once_and_a_smaller_one_after_the_wait() {
        List<Candidate> three = List.of(waiting("a", "en", 0), waiting("b", "en", 0), waiting("c", "en", 0));
        assertThat(matcher.match(three, NOW)).isEmpty();

        List<Candidate> waitedLong = List.of(waitingSince("a", 0, NOW.minus(Duration.ofHours(25))),
                waiting("b", "en", 0), waiting("c", "en", 0));
        assertThat(matcher.match(waitedLong, NOW)).hasSize(1);
    }

    @Test
    void the_longest_waiting_are_placed_first() {
        List<Candidate> queue = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            queue.add(waiting("m" + i, "en", 0));
        }
        List<List<Candidate>> groups = matcher.match(queue, NOW);

        assertThat(groups).hasSize(1);
        assertThat(groups.get(0)).extracting(c -> c.member().value()).startsWith(id("m0"), id("m1"), id("m2"), id("m3"));
    }

    @Test
    void leftovers_join_a_group_of_the_same_round_up_to_the_maximum() {
        List<Candidate> queue = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            queue.add(waiting("m" + i, "en", 0));
        }
        assertThat(matcher.match(queue, NOW)).extracting(List::size).containsExactlyInAnyOrder(5, 5);

        for (int i = 10; i < 15; i++) {
            queue.add(waiting("m" + i, "en", 0));
        }
        assertThat(matcher.match(queue, NOW)).as("fifteen who just joined: three full groups, then up to five")
                .extracting(List::size).containsExactlyInAnyOrder(5, 5, 5);

        List<Candidate> waitedLong = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            waitedLong.add(waitingSince("m" + i, 0, NOW.minus(Duration.ofDays(2))));
        }
        assertThat(matcher.match(waitedLong, NOW)).as("fifteen who waited: three full groups and one of three")
                .extracting(List::size).containsExactlyInAnyOrder(4, 4, 4, 3);
    }

    @Test
    void members_more_than_the_gap_apart_are_not_grouped() {
        List<Candidate> queue = List.of(waiting("a", "en", 0), waiting("b", "en", 600), waiting("c", "en", 60),
                waiting("d", "en", 660), waiting("e", "en", 120), waiting("f", "en", 540), waiting("g", "en", 180),
                waiting("h", "en", 480));

        List<List<Candidate>> groups = matcher.match(queue, NOW);

        assertThat(groups).hasSize(2);
        for (List<Candidate> group : groups) {
            int low = group.stream().mapToInt(Candidate::offsetMinutes).min().orElseThrow();
            int high = group.stream().mapToInt(Candidate::offsetMinutes).max().orElseThrow();
            assertThat(high - low).isLessThanOrEqualTo(180);
        }
    }

    @Test
    void a_group_has_at_most_one_facilitator() {
        List<Candidate> queue = List.of(facilitator("f1"), facilitator("f2"), waiting("a", "en", 0),
                waiting("b", "en", 0), waiting("c", "en", 0), facilitator("f3"), waiting("d", "en", 0),
                waiting("e", "en", 0));

        List<List<Candidate>> groups = matcher.match(queue, NOW);

        assertThat(groups).isNotEmpty();
        assertThat(groups).allSatisfy(g -> assertThat(g.stream().filter(Candidate::facilitator).count()).isLessThanOrEqualTo(1));
    }

    @Test
    void do_not_pair_is_honoured_in_both_directions() {
        MemberId ben = new MemberId(id("ben"));
        Candidate ana = new Candidate(new MemberId(id("ana")), "en", 0, false, NOW,
                GroupMember.empty(new MemberId(id("ana"))).avoiding(ben));
        List<Candidate> queue = List.of(ana, waiting("ben", "en", 0), waiting("c", "en", 0), waiting("d", "en", 0),
                waiting("e", "en", 0));

        List<List<Candidate>> groups = matcher.match(queue, NOW);

        assertThat(groups).hasSize(1);
        assertThat(groups.get(0)).extracting(Candidate::member).contains(ana.member()).doesNotContain(ben);
    }

    @Test
    void a_group_that_already_met_is_never_formed_again() {
        Set<String> metBefore = Set.of("a", "b", "c");
        List<Candidate> queue = new ArrayList<>();
        for (String name : List.of("a", "b", "c", "d")) {
            GroupMember record = GroupMember.empty(new MemberId(id(name)));
            if (metBefore.contains(name)) {
                Set<MemberId> others = new java.util.HashSet<>();
                metBefore.stream().filter(n -> !n.equals(name)).forEach(n -> others.add(new MemberId(id(n))));
                record = record.met(GroupId.random(), NOW.minus(Duration.ofDays(90)), others);
            }
            queue.add(new Candidate(new MemberId(id(name)), "en", 0, false, NOW.minus(Duration.ofDays(2)), record));
        }

        List<List<Candidate>> groups = matcher.match(queue, NOW);

        assertThat(groups).as("without the rule, all four would form one group").hasSize(1);
        assertThat(groups.get(0)).hasSize(3);
        assertThat(groups.get(0).stream().filter(c -> metBefore.contains(name(c))).count())
                .as("never a, b and c together again").isEqualTo(2);
    }

    private static Candidate waiting(String name, String language, int offset) {
        MemberId member = new MemberId(id(name));
        return new Candidate(member, language, offset, false, NOW, GroupMember.empty(member));
    }

    private static Candidate waitingSince(String name, int offset, Instant since) {
        MemberId member = new MemberId(id(name));
        return new Candidate(member, "en", offset, false, since, GroupMember.empty(member));
    }

    private static Candidate facilitator(String name) {
        MemberId member = new MemberId(id(name));
        return new Candidate(member, "en", 0, true, NOW, GroupMember.empty(member).withFacilitator(true));
    }

    private static String id(String name) {
        return (name + "-member-id").substring(0, Math.max(8, Math.min(name.length() + 10, 20)));
    }

    private static String name(Candidate candidate) {
        return candidate.member().value().split("-", 2)[0];
    }
}
