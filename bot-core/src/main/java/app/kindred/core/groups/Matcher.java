package app.kindred.core.groups;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Forms groups from one topic's waitlist. The rules, hard ones first:
 * <ul>
 *   <li>a group shares one language, and its members' UTC offsets lie within {@code maxZoneGap};</li>
 *   <li>at most one facilitator per group;</li>
 *   <li>nobody is grouped with someone on their do-not-pair list, in either direction;</li>
 *   <li>a group is never re-formed: no {@code sizes.min()} members who already met in one group meet again;</li>
 *   <li>whoever waited longest is placed first (members returned to the front come first);</li>
 *   <li>groups form at the target size; a smaller one (down to the minimum) only once its longest-waiting
 *       member has waited {@code fillWait}; members left over join a group formed in the same round up to
 *       the maximum.</li>
 * </ul>
 * Pure and single-threaded: the caller loads candidates, claims them and sends invitations.
 */
public final class Matcher {

    private final GroupSizes sizes;
    private final int maxGapMinutes;
    private final Duration fillWait;

    public Matcher(GroupSizes sizes, Duration maxZoneGap, Duration fillWait) {
        this.sizes = sizes;
        this.maxGapMinutes = (int) maxZoneGap.toMinutes();
        this.fillWait = fillWait;
    }

    /** Groups formed from candidates given front of the queue first; those not placed keep waiting. */
    public List<List<Candidate>> match(List<Candidate> queue, Instant now) {
        Map<String, List<Candidate>> byLanguage = new LinkedHashMap<>();
        for (Candidate candidate : queue) {
            byLanguage.computeIfAbsent(candidate.language(), l -> new ArrayList<>()).add(candidate);
        }
        List<List<Candidate>> formed = new ArrayList<>();
        for (List<Candidate> bucket : byLanguage.values()) {
            formed.addAll(new Round(bucket, now).run());
        }
        return formed;
    }

    /** One language's candidates, indexed by UTC offset so a seed looks only at nearby zones. */
    private final class Round {
        private final List<Candidate> queue;
        private final Instant now;
        private final boolean[] taken;
        /** Offset to the queue positions at that offset, in queue order. */
        private final TreeMap<Integer, int[]> byOffset = new TreeMap<>();
        /** Offset to the first position in its array that may still be free. */
        private final Map<Integer, Integer> heads = new java.util.HashMap<>();

        Round(List<Candidate> queue, Instant now) {
            this.queue = queue;
            this.now = now;
            this.taken = new boolean[queue.size()];
            Map<Integer, List<Integer>> positions = new TreeMap<>();
            for (int i = 0; i < queue.size(); i++) {
                positions.computeIfAbsent(queue.get(i).offsetMinutes(), o -> new ArrayList<>()).add(i);
            }
            positions.forEach((offset, list) -> {
                byOffset.put(offset, list.stream().mapToInt(Integer::intValue).toArray());
                heads.put(offset, 0);
            });
        }

        List<List<Candidate>> run() {
            List<List<Integer>> groups = new ArrayList<>();
            for (int seed = 0; seed < queue.size(); seed++) {
                if (taken[seed]) {
                    continue;
                }
                List<Integer> group = gatherAround(seed);
                boolean waitedEnough = !queue.get(seed).waitingSince().plus(fillWait).isAfter(now);
                if (group.size() == sizes.target() || group.size() >= sizes.min() && waitedEnough) {
                    group.forEach(i -> taken[i] = true);
                    groups.add(group);
                }
            }
            placeLeftovers(groups);
            List<List<Candidate>> formed = new ArrayList<>(groups.size());
            for (List<Integer> group : groups) {
                formed.add(group.stream().map(queue::get).toList());
            }
            return formed;
        }

        /** The seed plus the longest-waiting compatible members in nearby zones, up to the target size. */
        private List<Integer> gatherAround(int seed) {
            List<Integer> group = new ArrayList<>(sizes.target());
            group.add(seed);
            int offset = queue.get(seed).offsetMinutes();
            Map<Integer, int[]> nearby = byOffset.subMap(offset - maxGapMinutes, true, offset + maxGapMinutes, true);
            List<int[]> lists = new ArrayList<>(nearby.size());
            List<Integer> cursors = new ArrayList<>(nearby.size());
            for (Map.Entry<Integer, int[]> entry : nearby.entrySet()) {
                int head = advanceHead(entry.getKey(), entry.getValue());
                lists.add(entry.getValue());
                cursors.add(head);
            }
            while (group.size() < sizes.target()) {
                int best = -1;
                int bestList = -1;
                for (int l = 0; l < lists.size(); l++) {
                    int[] positions = lists.get(l);
                    int c = cursors.get(l);
                    while (c < positions.length && (taken[positions[c]] || positions[c] == seed)) {
                        c++;
                    }
                    cursors.set(l, c);
                    if (c < positions.length && (best < 0 || positions[c] < best)) {
                        best = positions[c];
                        bestList = l;
                    }
                }
                if (best < 0) {
                    break;
                }
                cursors.set(bestList, cursors.get(bestList) + 1);
                if (fits(group, best)) {
                    group.add(best);
                }
            }
            return group;
        }

        private int advanceHead(int offset, int[] positions) {
            int head = heads.get(offset);
            while (head < positions.length && taken[positions[head]]) {
                head++;
            }
            heads.put(offset, head);
            return head;
        }

        private void placeLeftovers(List<List<Integer>> groups) {
            if (groups.isEmpty() || sizes.max() == sizes.target()) {
                return;
            }
            for (int i = 0; i < queue.size(); i++) {
                if (taken[i]) {
                    continue;
                }
                int candidate = i;
                groups.stream()
                        .filter(g -> g.size() < sizes.max() && fits(g, candidate))
                        .min(Comparator.comparingInt(List::size))
                        .ifPresent(g -> {
                            g.add(candidate);
                            taken[candidate] = true;
                        });
            }
        }

        private boolean fits(List<Integer> group, int position) {
            Candidate joining = queue.get(position);
            int low = joining.offsetMinutes();
            int high = low;
            boolean facilitator = joining.facilitator();
            List<app.kindred.core.member.MemberId> members = new ArrayList<>(group.size() + 1);
            for (int i : group) {
                Candidate member = queue.get(i);
                if (member.facilitator() && facilitator) {
                    return false;
                }
                facilitator |= member.facilitator();
                low = Math.min(low, member.offsetMinutes());
                high = Math.max(high, member.offsetMinutes());
                if (member.record().avoids(joining.member()) || joining.record().avoids(member.member())) {
                    return false;
                }
                members.add(member.member());
            }
            if (high - low > maxGapMinutes) {
                return false;
            }
            return !reformsAGroupThatMet(group, joining, members);
        }

        private boolean reformsAGroupThatMet(List<Integer> group, Candidate joining,
                                             List<app.kindred.core.member.MemberId> others) {
            if (group.size() + 1 < sizes.min()) {
                return false;
            }
            if (joining.record().alreadyMetWith(others, sizes.min())) {
                return true;
            }
            // Only the newcomer can push an existing member over the line, so each looks at the group with them.
            for (int i : group) {
                Candidate member = queue.get(i);
                if (member.record().past().isEmpty()) {
                    continue;
                }
                List<app.kindred.core.member.MemberId> theirOthers = new ArrayList<>(others);
                theirOthers.remove(member.member());
                theirOthers.add(joining.member());
                if (member.record().alreadyMetWith(theirOthers, sizes.min())) {
                    return true;
                }
            }
            return false;
        }
    }
}
