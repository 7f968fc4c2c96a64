package app.kindred.core.crisis;

import app.kindred.core.member.MemberId;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers, in memory only, when something last happened for a member, so Kindred does not repeat the
 * whole crisis reply to every message of a conversation, or notify a safety contact twice in an hour.
 * Nothing is stored: a restart forgets, which errs on the side of saying more.
 */
public final class MemberCooldown {

    private static final int MAX_TRACKED = 100_000;

    private final Duration window;
    private final ConcurrentHashMap<MemberId, Instant> last = new ConcurrentHashMap<>();

    public MemberCooldown(Duration window) {
        this.window = window;
    }

    /** Whether the member is within the window of the last time; does not record. */
    public boolean active(MemberId member, Instant now) {
        Instant at = last.get(member);
        return at != null && at.plus(window).isAfter(now);
    }

    /** Records now and returns true when the window had passed (or there was no last time). */
    public boolean claim(MemberId member, Instant now) {
        if (last.size() > MAX_TRACKED) {
            last.values().removeIf(at -> !at.plus(window).isAfter(now));
        }
        boolean[] claimed = {false};
        last.compute(member, (id, at) -> {
            if (at == null || !at.plus(window).isAfter(now)) {
                claimed[0] = true;
                return now;
            }
            return at;
        });
        return claimed[0];
    }

    public void record(MemberId member, Instant now) {
        last.put(member, now);
    }
}
