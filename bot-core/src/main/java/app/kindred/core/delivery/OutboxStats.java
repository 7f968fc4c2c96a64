package app.kindred.core.delivery;

/**
 * A snapshot of what an {@link Outbox} has done, for health checks and benchmarks.
 *
 * @param sent        platform calls that succeeded
 * @param rateLimited calls the platform answered with a rate limit (429)
 * @param retried     calls tried again after any failure
 * @param gaveUp      deliveries abandoned after the attempt bound
 * @param unreachable deliveries whose recipient refuses delivery for good
 * @param rejected    deliveries the platform refused as malformed
 * @param duplicates  deliveries refused because their key was already delivered
 * @param queued      calls waiting now
 * @param inFlight    calls being sent now
 */
public record OutboxStats(long sent, long rateLimited, long retried, long gaveUp, long unreachable, long rejected,
                          long duplicates, int queued, int inFlight) {
}
