package app.kindred.core.crisis.followup;

import app.kindred.core.member.MemberId;
import app.kindred.core.store.MemberData;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Storage port for next-day follow-ups: at most one per member, each claimed once when due. */
public interface FollowUps extends MemberData {

    /** Schedules (or moves) the member's follow-up. */
    void schedule(FollowUp followUp);

    Optional<FollowUp> find(MemberId member);

    /**
     * Removes and returns follow-ups due at {@code now}, at most {@code limit}. A follow-up is returned to
     * exactly one caller, even when several instances claim at once.
     */
    List<FollowUp> claimDue(Instant now, int limit);

    @Override
    default String section() {
        return "crisisFollowUp";
    }

    @Override
    default Object export(MemberId member) {
        return find(member).<Object>map(FollowUp::exportView).orElse(Map.of());
    }
}
