package app.kindred.core.contract;

import java.time.Instant;
import java.util.Objects;

/** The clock moved on: due check-ins, expiring invitations, matching and follow-ups run on it. */
public record ClockTicked(Instant now) implements Inbound {

    public ClockTicked {
        Objects.requireNonNull(now, "now");
    }
}
