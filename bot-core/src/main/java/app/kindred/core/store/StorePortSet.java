package app.kindred.core.store;

import app.kindred.core.checkin.AnsweredCheckins;
import app.kindred.core.checkin.CheckinSchedules;
import app.kindred.core.checkin.DueCheckins;
import app.kindred.core.crisis.RecentSignals;
import app.kindred.core.crisis.followup.FollowUps;
import app.kindred.core.groups.GroupMembers;
import app.kindred.core.groups.GroupRecords;
import app.kindred.core.groups.Waitlists;
import app.kindred.core.member.Members;
import app.kindred.core.mood.MoodHistory;
import app.kindred.core.tips.TipProgress;

/**
 * The storage ports one store opened, held here once, so a store only says how it opens them, in which
 * order export and forget visit them, and how it flushes, answers health checks and closes.
 */
public abstract class StorePortSet implements StorePorts {

    private final Members members;
    private final RecentSignals recentSignals;
    private final FollowUps followUps;
    private final CheckinSchedules checkinSchedules;
    private final DueCheckins dueCheckins;
    private final AnsweredCheckins answeredCheckins;
    private final MoodHistory moodHistory;
    private final TipProgress tipProgress;
    private final Waitlists waitlists;
    private final GroupRecords groupRecords;
    private final GroupMembers groupMembers;

    /** One parameter per port; each has its own type, so none can be passed in another's place. */
    protected StorePortSet(Members members, RecentSignals recentSignals, FollowUps followUps,
                           CheckinSchedules checkinSchedules, DueCheckins dueCheckins,
                           AnsweredCheckins answeredCheckins, MoodHistory moodHistory, TipProgress tipProgress,
                           Waitlists waitlists, GroupRecords groupRecords, GroupMembers groupMembers) {
        this.members = members;
        this.recentSignals = recentSignals;
        this.followUps = followUps;
        this.checkinSchedules = checkinSchedules;
        this.dueCheckins = dueCheckins;
        this.answeredCheckins = answeredCheckins;
        this.moodHistory = moodHistory;
        this.tipProgress = tipProgress;
        this.waitlists = waitlists;
        this.groupRecords = groupRecords;
        this.groupMembers = groupMembers;
    }

    @Override
    public final Members members() {
        return members;
    }

    @Override
    public final RecentSignals recentSignals() {
        return recentSignals;
    }

    @Override
    public final FollowUps followUps() {
        return followUps;
    }

    @Override
    public final CheckinSchedules checkinSchedules() {
        return checkinSchedules;
    }

    @Override
    public final DueCheckins dueCheckins() {
        return dueCheckins;
    }

    @Override
    public final AnsweredCheckins answeredCheckins() {
        return answeredCheckins;
    }

    @Override
    public final MoodHistory moodHistory() {
        return moodHistory;
    }

    @Override
    public final TipProgress tipProgress() {
        return tipProgress;
    }

    @Override
    public final Waitlists waitlists() {
        return waitlists;
    }

    @Override
    public final GroupRecords groupRecords() {
        return groupRecords;
    }

    @Override
    public final GroupMembers groupMembers() {
        return groupMembers;
    }
}
