package app.kindred.core.store;

import app.kindred.core.checkin.AnsweredCheckins;
import app.kindred.core.checkin.CheckinSchedules;
import app.kindred.core.checkin.DueCheckins;
import app.kindred.core.checkin.EmbeddedAnsweredCheckins;
import app.kindred.core.checkin.EmbeddedCheckinSchedules;
import app.kindred.core.checkin.EmbeddedDueCheckins;
import app.kindred.core.crisis.EmbeddedRecentSignals;
import app.kindred.core.crisis.RecentSignals;
import app.kindred.core.crisis.followup.EmbeddedFollowUps;
import app.kindred.core.crisis.followup.FollowUps;
import app.kindred.core.groups.EmbeddedGroupMembers;
import app.kindred.core.groups.EmbeddedGroupRecords;
import app.kindred.core.groups.EmbeddedWaitlists;
import app.kindred.core.groups.GroupMembers;
import app.kindred.core.groups.GroupRecords;
import app.kindred.core.groups.Waitlists;
import app.kindred.core.member.EmbeddedMembers;
import app.kindred.core.member.Members;
import app.kindred.core.mood.EmbeddedMoodHistory;
import app.kindred.core.mood.MoodHistory;
import app.kindred.core.tips.EmbeddedTipProgress;
import app.kindred.core.tips.TipProgress;

import java.util.List;

/** The storage ports on the embedded MVStore. */
public final class EmbeddedStorePorts implements StorePorts {

    private final EmbeddedStore store;
    private final EmbeddedMembers members;
    private final EmbeddedRecentSignals recentSignals;
    private final EmbeddedFollowUps followUps;
    private final EmbeddedCheckinSchedules checkinSchedules;
    private final EmbeddedDueCheckins dueCheckins;
    private final EmbeddedAnsweredCheckins answeredCheckins;
    private final EmbeddedMoodHistory moodHistory;
    private final EmbeddedTipProgress tipProgress;
    private final EmbeddedWaitlists waitlists;
    private final EmbeddedGroupRecords groupRecords;
    private final EmbeddedGroupMembers groupMembers;

    public EmbeddedStorePorts(EmbeddedStore store) {
        this.store = store;
        this.members = new EmbeddedMembers(store);
        // How long a crisis signal holds back invitations; the crisis feature may make it configurable.
        this.recentSignals = new EmbeddedRecentSignals(store, java.time.Duration.ofDays(3));
        this.followUps = new EmbeddedFollowUps(store);
        this.checkinSchedules = new EmbeddedCheckinSchedules(store);
        this.dueCheckins = new EmbeddedDueCheckins(store);
        this.answeredCheckins = new EmbeddedAnsweredCheckins(store);
        this.moodHistory = new EmbeddedMoodHistory(store);
        this.tipProgress = new EmbeddedTipProgress(store);
        this.waitlists = new EmbeddedWaitlists(store);
        this.groupRecords = new EmbeddedGroupRecords(store);
        this.groupMembers = new EmbeddedGroupMembers(store);
    }

    @Override
    public Waitlists waitlists() {
        return waitlists;
    }

    @Override
    public GroupRecords groupRecords() {
        return groupRecords;
    }

    @Override
    public GroupMembers groupMembers() {
        return groupMembers;
    }

    @Override
    public CheckinSchedules checkinSchedules() {
        return checkinSchedules;
    }

    @Override
    public DueCheckins dueCheckins() {
        return dueCheckins;
    }

    @Override
    public AnsweredCheckins answeredCheckins() {
        return answeredCheckins;
    }

    @Override
    public MoodHistory moodHistory() {
        return moodHistory;
    }

    @Override
    public TipProgress tipProgress() {
        return tipProgress;
    }

    @Override
    public RecentSignals recentSignals() {
        return recentSignals;
    }

    @Override
    public FollowUps followUps() {
        return followUps;
    }

    @Override
    public Members members() {
        return members;
    }

    @Override
    public List<MemberData> memberData() {
        return List.of(members, recentSignals, followUps, checkinSchedules, dueCheckins, answeredCheckins, moodHistory,
                tipProgress, waitlists, groupRecords, groupMembers);
    }

    @Override
    public void flush() {
        store.commit();
    }

    @Override
    public boolean isHealthy() {
        return store.isOpen();
    }

    @Override
    public void close() {
        store.close();
    }
}
