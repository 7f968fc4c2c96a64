package app.kindred.core.checkin;

import app.kindred.core.member.MemberId;
import app.kindred.core.store.MemberData;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Storage port for check-ins waiting to be sent, shaped like a Redis sorted set scored by send time plus
 * a sorted set of claims scored by lease expiry. {@link #claim} moves due entries to the claims in one
 * atomic step (a Lua script on Redis), so when several instances tick at once each occurrence goes to
 * exactly one of them; an instance that dies holding a claim loses it when the lease runs out, and the
 * next claim hands the same occurrence (with the same delivery key) to another.
 */
public interface DueCheckins extends MemberData {

    /** Puts the entry in place of the member's pending entry of the same kind. */
    void plan(DueCheckin entry);

    /** The member's pending entry of a kind, if any (claimed entries are not pending). */
    Optional<DueCheckin> pending(MemberId member, DueCheckin.Kind kind);

    /** Removes everything pending or claimed for the member. */
    void cancel(MemberId member);

    /**
     * Atomically takes up to {@code max} entries that are due at {@code now}, or whose earlier claim's
     * lease has run out, oldest first, and holds them for {@code lease}.
     */
    List<DueCheckin> claim(Instant now, Duration lease, int max);

    /**
     * Finishes a claimed entry and, in the same step, plans {@code next} (may be null) unless the member
     * already has a pending entry of that kind (a schedule changed meanwhile wins).
     */
    void complete(DueCheckin claimed, DueCheckin next);

    @Override
    default String section() {
        return "pendingCheckins";
    }

    /** The member's next check-in and a snoozed one coming back; claimed entries are on their way already. */
    @Override
    default Object export(MemberId member) {
        Map<String, Object> out = new LinkedHashMap<>();
        pending(member, DueCheckin.Kind.REGULAR).ifPresent(e -> out.put("next", e.fireAt().toString()));
        pending(member, DueCheckin.Kind.SNOOZED).ifPresent(e -> out.put("snoozedUntil", e.fireAt().toString()));
        return out.isEmpty() ? Map.of() : out;
    }

    @Override
    default void forget(MemberId member) {
        cancel(member);
    }
}
