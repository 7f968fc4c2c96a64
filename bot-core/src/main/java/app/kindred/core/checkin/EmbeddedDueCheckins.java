package app.kindred.core.checkin;

import app.kindred.core.member.MemberId;
import app.kindred.core.store.EmbeddedStore;
import org.h2.mvstore.MVMap;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * Pending check-ins in the embedded store: a queue whose keys sort by send time, the pending entry per
 * member and kind, and the claims with their leases. One instance owns the file, so a lock makes each
 * step atomic; writes are ordered so a crash leaves an entry twice (sent again under the same delivery
 * key) rather than losing it.
 */
public final class EmbeddedDueCheckins implements DueCheckins {

    private static final char SEP = '~';

    /** time~member~kind -> occurrence */
    private final MVMap<String, Long> queue;
    /** member~kind -> fireAt seconds */
    private final MVMap<String, Long> pending;
    /** member~kind~fireAt~occurrence -> lease end seconds */
    private final MVMap<String, Long> claims;
    /** leaseEnd~member~kind~fireAt~occurrence -> nothing */
    private final MVMap<String, Boolean> leases;

    public EmbeddedDueCheckins(EmbeddedStore store) {
        this.queue = store.map("checkin-queue");
        this.pending = store.map("checkin-pending");
        this.claims = store.map("checkin-claims");
        this.leases = store.map("checkin-leases");
    }

    @Override
    public synchronized void plan(DueCheckin entry) {
        String slot = slot(entry.member(), entry.kind());
        Long previous = pending.get(slot);
        queue.put(seconds(entry.fireAt().getEpochSecond()) + SEP + slot, entry.occurrence());
        pending.put(slot, entry.fireAt().getEpochSecond());
        if (previous != null && previous != entry.fireAt().getEpochSecond()) {
            queue.remove(seconds(previous) + SEP + slot);
        }
    }

    @Override
    public Optional<DueCheckin> pending(MemberId member, DueCheckin.Kind kind) {
        String slot = slot(member, kind);
        Long fireAt = pending.get(slot);
        if (fireAt == null) {
            return Optional.empty();
        }
        Long occurrence = queue.get(seconds(fireAt) + SEP + slot);
        return occurrence == null ? Optional.empty()
                : Optional.of(new DueCheckin(member, kind, Instant.ofEpochSecond(fireAt), occurrence));
    }

    @Override
    public synchronized void cancel(MemberId member) {
        for (DueCheckin.Kind kind : DueCheckin.Kind.values()) {
            String slot = slot(member, kind);
            Long fireAt = pending.remove(slot);
            if (fireAt != null) {
                queue.remove(seconds(fireAt) + SEP + slot);
            }
        }
        String prefix = member.value() + SEP;
        List<String> held = new ArrayList<>();
        for (Iterator<String> keys = claims.keyIterator(prefix); keys.hasNext(); ) {
            String key = keys.next();
            if (!key.startsWith(prefix)) {
                break;
            }
            held.add(key);
        }
        held.forEach(this::release);
    }

    @Override
    public synchronized List<DueCheckin> claim(Instant now, Duration lease, int max) {
        long nowSeconds = now.getEpochSecond();
        long leaseEnd = now.plus(lease).getEpochSecond();
        List<DueCheckin> taken = new ArrayList<>();
        String horizon = seconds(nowSeconds + 1);

        // Claims whose holder never finished come back first: they are the oldest.
        List<String> expired = new ArrayList<>();
        for (Iterator<String> keys = leases.keyIterator(null); keys.hasNext() && expired.size() < max; ) {
            String key = keys.next();
            if (key.compareTo(horizon) >= 0) {
                break;
            }
            expired.add(key);
        }
        for (String key : expired) {
            String identity = key.substring(key.indexOf(SEP) + 1);
            DueCheckin entry = parseIdentity(identity);
            leases.put(seconds(leaseEnd) + SEP + identity, Boolean.TRUE);
            claims.put(identity, leaseEnd);
            leases.remove(key);
            taken.add(entry);
        }

        List<String> due = new ArrayList<>();
        for (Iterator<String> keys = queue.keyIterator(null); keys.hasNext() && taken.size() + due.size() < max; ) {
            String key = keys.next();
            if (key.compareTo(horizon) >= 0) {
                break;
            }
            due.add(key);
        }
        for (String key : due) {
            String[] fields = key.split(String.valueOf(SEP), 3);
            long fireAt = Long.parseLong(fields[0]);
            MemberId member = new MemberId(fields[1]);
            DueCheckin.Kind kind = DueCheckin.Kind.ofCode(fields[2].charAt(0));
            DueCheckin entry = new DueCheckin(member, kind, Instant.ofEpochSecond(fireAt), queue.get(key));
            String identity = identity(entry);
            claims.put(identity, leaseEnd);
            leases.put(seconds(leaseEnd) + SEP + identity, Boolean.TRUE);
            queue.remove(key);
            String slot = slot(member, kind);
            if (Long.valueOf(fireAt).equals(pending.get(slot))) {
                pending.remove(slot);
            }
            taken.add(entry);
        }
        return taken;
    }

    @Override
    public synchronized void complete(DueCheckin claimed, DueCheckin next) {
        if (next != null && !pending.containsKey(slot(next.member(), next.kind()))) {
            plan(next);
        }
        release(identity(claimed));
    }

    private void release(String identity) {
        Long leaseEnd = claims.remove(identity);
        if (leaseEnd != null) {
            leases.remove(seconds(leaseEnd) + SEP + identity);
        }
    }

    private static String slot(MemberId member, DueCheckin.Kind kind) {
        return member.value() + SEP + kind.code();
    }

    private static String identity(DueCheckin entry) {
        return slot(entry.member(), entry.kind()) + SEP + entry.fireAt().getEpochSecond() + SEP + entry.occurrence();
    }

    private static DueCheckin parseIdentity(String identity) {
        String[] fields = identity.split(String.valueOf(SEP));
        return new DueCheckin(new MemberId(fields[0]), DueCheckin.Kind.ofCode(fields[1].charAt(0)),
                Instant.ofEpochSecond(Long.parseLong(fields[2])), Long.parseLong(fields[3]));
    }

    /** Seconds padded to a fixed width, so keys sort by time. */
    private static String seconds(long epochSeconds) {
        String digits = Long.toString(epochSeconds);
        return "000000000000".substring(Math.min(12, digits.length())) + digits;
    }
}
