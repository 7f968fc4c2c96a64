package app.kindred.core.crisis;

import app.kindred.core.member.MemberId;
import app.kindred.core.store.MemberData;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Storage port for when a member last raised a crisis signal (a time only, never the text), so matching
 * offers support before invitations. Entries expire after the store's window.
 */
public interface RecentSignals extends MemberData {

    /**
     * How long every store keeps a signal, so invitations hold back alike on either; the crisis feature
     * may make it configurable.
     */
    Duration KEPT_FOR = Duration.ofDays(3);

    void record(MemberId member, Instant at);

    Optional<Instant> last(MemberId member);

    @Override
    default String section() {
        return "recentCrisisSignal";
    }

    /** When, and nothing else: the text that raised the signal was never kept. */
    @Override
    default Object export(MemberId member) {
        return last(member).<Object>map(at -> Map.of("at", at.toString())).orElse(Map.of());
    }
}
