package app.kindred.core.groups;

import app.kindred.core.member.MemberId;
import app.kindred.core.member.MemberProfile;

import java.time.Instant;

/**
 * A waiting member the matcher may place, with what matching needs to know about them.
 *
 * @param offsetMinutes the member's UTC offset now, in minutes
 * @param waitingSince  when they joined the waitlist
 * @param record        their group record: do-not-pair list and the groups they already met in
 * @param profile       their profile as read for this round, so invitations need not read it again; may be null
 */
public record Candidate(MemberId member, String language, int offsetMinutes, boolean facilitator,
                        Instant waitingSince, GroupMember record, MemberProfile profile) {

    public Candidate(MemberId member, String language, int offsetMinutes, boolean facilitator, Instant waitingSince,
                     GroupMember record) {
        this(member, language, offsetMinutes, facilitator, waitingSince, record, null);
    }
}
