package app.kindred.core.crisis;

import app.kindred.core.member.MemberId;

import java.time.Instant;
import java.util.Optional;

/**
 * Storage port for when a member last raised a crisis signal (a time only, never the text), so matching
 * offers support before invitations. Entries expire after the configured window.
 */
public interface RecentSignals {

    void record(MemberId member, Instant at);

    Optional<Instant> last(MemberId member);
}
