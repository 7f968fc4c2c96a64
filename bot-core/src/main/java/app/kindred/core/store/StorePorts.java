package app.kindred.core.store;

import app.kindred.core.checkin.AnsweredCheckins;
import app.kindred.core.checkin.CheckinSchedules;
import app.kindred.core.checkin.DueCheckins;
import app.kindred.core.crisis.RecentSignals;
import app.kindred.core.crisis.followup.FollowUps;
import app.kindred.core.groups.GroupMembers;
import app.kindred.core.groups.GroupRecords;
import app.kindred.core.groups.Waitlists;
import app.kindred.core.member.MemberId;
import app.kindred.core.member.Members;
import app.kindred.core.mood.MoodHistory;
import app.kindred.core.tips.TipProgress;

import java.util.List;

/** Every storage port Kindred uses, from one store (embedded or Redis). */
public interface StorePorts extends AutoCloseable {

    Members members();

    RecentSignals recentSignals();

    /** Next-day follow-ups members asked for after a crisis reply. */
    FollowUps followUps();

    CheckinSchedules checkinSchedules();

    DueCheckins dueCheckins();

    AnsweredCheckins answeredCheckins();

    MoodHistory moodHistory();

    TipProgress tipProgress();

    Waitlists waitlists();

    GroupRecords groupRecords();

    GroupMembers groupMembers();

    /** Every port holding member data, for export and forget. */
    List<MemberData> memberData();

    /**
     * Begins a member's turn on this thread (see {@link StoreTurn}); the caller closes it when the turn
     * is done. Stores that gain nothing from knowing where a turn ends keep this default.
     */
    default StoreTurn beginTurn(MemberId member) {
        return StoreTurn.NONE;
    }

    /** After a forget: forces the deletions to durable storage, and sees that no old copy of them stays there. */
    void flush();

    /** Whether the store answers now, for health checks. */
    boolean isHealthy();

    @Override
    void close();
}
