package app.kindred.core.tips;

import app.kindred.core.member.MemberId;

import java.util.Set;

/** Storage port for which listening tips a member has seen in the current round (a Redis set per member). */
public interface TipProgress {

    Set<String> seen(MemberId member);

    void markSeen(MemberId member, String tipId);

    /** Starts a new round: forgets what was seen. */
    void reset(MemberId member);
}
