package app.kindred.core.checkin;

import app.kindred.core.member.MemberId;
import app.kindred.core.store.MemberData;

/**
 * Storage port for which recent check-in occurrences a member already answered or skipped, so pressing
 * the same prompt twice records once (a small per-member Redis set with {@code SADD}'s answer would do).
 */
public interface AnsweredCheckins extends MemberData {

    /** How many recent occurrences are remembered per member; older ones fall out. */
    int REMEMBERED = 32;

    /** Marks an occurrence answered; true when this is the first answer, false when it was already. */
    boolean markAnswered(MemberId member, long occurrence);

    boolean isAnswered(MemberId member, long occurrence);

    @Override
    default String section() {
        return "answeredCheckins";
    }
}
