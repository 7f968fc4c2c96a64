package app.kindred.core.checkin;

import app.kindred.core.member.MemberId;
import app.kindred.core.store.EmbeddedStore;
import org.h2.mvstore.MVMap;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Recently answered check-in occurrences in the embedded store: a few longs per member. */
public final class EmbeddedAnsweredCheckins implements AnsweredCheckins {

    private final MVMap<String, byte[]> answered;

    public EmbeddedAnsweredCheckins(EmbeddedStore store) {
        this.answered = store.map("checkin-answered");
    }

    @Override
    public synchronized boolean markAnswered(MemberId member, long occurrence) {
        long[] known = load(member);
        for (long seen : known) {
            if (seen == occurrence) {
                return false;
            }
        }
        int keep = Math.min(known.length, REMEMBERED - 1);
        ByteBuffer out = ByteBuffer.allocate((keep + 1) * Long.BYTES);
        out.putLong(occurrence);
        for (int i = 0; i < keep; i++) {
            out.putLong(known[i]);
        }
        answered.put(member.value(), out.array());
        return true;
    }

    @Override
    public boolean isAnswered(MemberId member, long occurrence) {
        for (long seen : load(member)) {
            if (seen == occurrence) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Object export(MemberId member) {
        List<String> out = new ArrayList<>();
        for (long occurrence : load(member)) {
            out.add(Instant.ofEpochSecond(occurrence * 60).toString());
        }
        return out.isEmpty() ? List.of() : out;
    }

    @Override
    public void forget(MemberId member) {
        answered.remove(member.value());
    }

    /** Newest first. */
    private long[] load(MemberId member) {
        byte[] data = answered.get(member.value());
        if (data == null) {
            return new long[0];
        }
        ByteBuffer in = ByteBuffer.wrap(data);
        long[] out = new long[data.length / Long.BYTES];
        for (int i = 0; i < out.length; i++) {
            out[i] = in.getLong();
        }
        return out;
    }
}
