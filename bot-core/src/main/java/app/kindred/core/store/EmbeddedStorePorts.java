package app.kindred.core.store;

import app.kindred.core.checkin.EmbeddedAnsweredCheckins;
import app.kindred.core.checkin.EmbeddedCheckinSchedules;
import app.kindred.core.checkin.EmbeddedDueCheckins;
import app.kindred.core.crisis.EmbeddedRecentSignals;
import app.kindred.core.crisis.RecentSignals;
import app.kindred.core.crisis.followup.EmbeddedFollowUps;
import app.kindred.core.groups.EmbeddedGroupMembers;
import app.kindred.core.groups.EmbeddedGroupRecords;
import app.kindred.core.groups.EmbeddedWaitlists;
import app.kindred.core.member.EmbeddedMembers;
import app.kindred.core.mood.EmbeddedMoodHistory;
import app.kindred.core.tips.EmbeddedTipProgress;

import java.util.List;

/** The storage ports on the embedded MVStore. */
public final class EmbeddedStorePorts extends StorePortSet {

    private final EmbeddedStore store;

    public EmbeddedStorePorts(EmbeddedStore store) {
        super(new EmbeddedMembers(store), new EmbeddedRecentSignals(store, RecentSignals.KEPT_FOR),
                new EmbeddedFollowUps(store), new EmbeddedCheckinSchedules(store), new EmbeddedDueCheckins(store),
                new EmbeddedAnsweredCheckins(store), new EmbeddedMoodHistory(store), new EmbeddedTipProgress(store),
                new EmbeddedWaitlists(store), new EmbeddedGroupRecords(store), new EmbeddedGroupMembers(store));
        this.store = store;
    }

    /** The export document's sections come in this order. */
    @Override
    public List<MemberData> memberData() {
        return List.of(members(), recentSignals(), followUps(), checkinSchedules(), dueCheckins(), answeredCheckins(),
                moodHistory(), tipProgress(), waitlists(), groupRecords(), groupMembers());
    }

    @Override
    public void flush() {
        store.commitForgetting();
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
