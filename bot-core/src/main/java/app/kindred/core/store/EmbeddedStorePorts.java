package app.kindred.core.store;

import app.kindred.core.crisis.EmbeddedRecentSignals;
import app.kindred.core.crisis.RecentSignals;
import app.kindred.core.member.EmbeddedMembers;
import app.kindred.core.member.Members;

import java.util.List;

/** The storage ports on the embedded MVStore. */
public final class EmbeddedStorePorts implements StorePorts {

    private final EmbeddedStore store;
    private final EmbeddedMembers members;
    private final EmbeddedRecentSignals recentSignals;

    public EmbeddedStorePorts(EmbeddedStore store) {
        this.store = store;
        this.members = new EmbeddedMembers(store);
        // How long a crisis signal holds back invitations; the crisis feature may make it configurable.
        this.recentSignals = new EmbeddedRecentSignals(store, java.time.Duration.ofDays(3));
    }

    @Override
    public RecentSignals recentSignals() {
        return recentSignals;
    }

    @Override
    public Members members() {
        return members;
    }

    @Override
    public List<MemberData> memberData() {
        return List.of(members, recentSignals);
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
