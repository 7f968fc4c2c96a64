package app.kindred.core.tips;

import app.kindred.core.member.MemberId;
import app.kindred.core.store.EmbeddedStore;
import org.h2.mvstore.MVMap;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;

/** Tip progress in the embedded store: the seen tip ids of each member, comma-separated. */
public final class EmbeddedTipProgress implements TipProgress {

    private final MVMap<String, String> seen;

    public EmbeddedTipProgress(EmbeddedStore store) {
        this.seen = store.map("tips-seen");
    }

    @Override
    public Set<String> seen(MemberId member) {
        String ids = seen.get(member.value());
        return ids == null ? Set.of() : Set.copyOf(Arrays.asList(ids.split(",")));
    }

    @Override
    public synchronized void markSeen(MemberId member, String tipId) {
        if (tipId.isEmpty() || tipId.contains(",")) {
            throw new IllegalArgumentException("tip ids are plain words");
        }
        Set<String> ids = new TreeSet<>(seen(member));
        if (ids.add(tipId)) {
            seen.put(member.value(), String.join(",", ids));
        }
    }

    @Override
    public void reset(MemberId member) {
        seen.remove(member.value());
    }
}
