package app.kindred.core.tips;

import app.kindred.core.member.MemberId;
import app.kindred.core.store.MemberData;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Storage port for which listening tips a member has seen in the current round (a Redis set per member). */
public interface TipProgress extends MemberData {

    Set<String> seen(MemberId member);

    void markSeen(MemberId member, String tipId);

    /** Starts a new round: forgets what was seen. */
    void reset(MemberId member);

    @Override
    default String section() {
        return "tipsSeen";
    }

    @Override
    default Object export(MemberId member) {
        Set<String> ids = seen(member);
        return ids.isEmpty() ? Map.of() : Map.of("seenThisRound", List.copyOf(new TreeSet<>(ids)));
    }

    /** Forgetting the tips is starting the round again. */
    @Override
    default void forget(MemberId member) {
        reset(member);
    }
}
