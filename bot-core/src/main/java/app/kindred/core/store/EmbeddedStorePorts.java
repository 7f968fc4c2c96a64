package app.kindred.core.store;

import app.kindred.core.member.EmbeddedMembers;
import app.kindred.core.member.Members;

import java.util.List;

/** The storage ports on the embedded MVStore. */
public final class EmbeddedStorePorts implements StorePorts {

    private final EmbeddedStore store;
    private final EmbeddedMembers members;

    public EmbeddedStorePorts(EmbeddedStore store) {
        this.store = store;
        this.members = new EmbeddedMembers(store);
    }

    @Override
    public Members members() {
        return members;
    }

    @Override
    public List<MemberData> memberData() {
        return List.of(members);
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
