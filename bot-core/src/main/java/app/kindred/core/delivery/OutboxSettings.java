package app.kindred.core.delivery;

import java.time.Duration;
import java.util.Objects;

/**
 * How fast an {@link Outbox} may send and how hard it tries, as plain values the app maps from its
 * configuration.
 *
 * @param perSecond            the platform's overall cap, in calls per second
 * @param burst                calls that may go back to back before the overall rate applies (at least 1)
 * @param conversationInterval the spacing of calls to one member's direct conversation
 * @param spaceInterval        the spacing of calls to one shared space (groups are often slower)
 * @param conversationBurst    calls one conversation may get back to back (a reply and its photo)
 * @param workers              threads sending at once; enough to cover the platform's round trip
 * @param maxAttempts          attempts of one call, the first included, before the outbox gives up
 * @param backoffBase          the wait after the first transient failure; it doubles after each one
 * @param backoffMax           the longest wait between two attempts
 * @param rememberedKeys       how many delivery keys are remembered to refuse duplicates
 * @param drainOnClose         how long closing waits for queued calls before dropping them, loudly
 */
public record OutboxSettings(double perSecond, int burst, Duration conversationInterval, Duration spaceInterval,
                             int conversationBurst, int workers, int maxAttempts, Duration backoffBase,
                             Duration backoffMax, int rememberedKeys, Duration drainOnClose) {

    public OutboxSettings {
        Objects.requireNonNull(conversationInterval, "conversationInterval");
        Objects.requireNonNull(spaceInterval, "spaceInterval");
        Objects.requireNonNull(backoffBase, "backoffBase");
        Objects.requireNonNull(backoffMax, "backoffMax");
        Objects.requireNonNull(drainOnClose, "drainOnClose");
        if (!(perSecond > 0) || burst < 1 || conversationBurst < 1 || workers < 1 || maxAttempts < 1
                || rememberedKeys < 1) {
            throw new IllegalArgumentException("outbox rates, bursts, workers, attempts and remembered keys must be positive");
        }
        if (conversationInterval.isNegative() || spaceInterval.isNegative() || backoffBase.isNegative()
                || backoffMax.isNegative() || drainOnClose.isNegative()) {
            throw new IllegalArgumentException("outbox durations cannot be negative");
        }
    }

    /** Telegram's published limits: about 30 messages a second overall, one a second per chat, 20 a minute per group. */
    public static OutboxSettings telegram() {
        return new OutboxSettings(30, 3, Duration.ofSeconds(1), Duration.ofSeconds(3), 3, 8, 5,
                Duration.ofMillis(500), Duration.ofSeconds(30), 100_000, Duration.ofSeconds(5));
    }

    public OutboxSettings withRate(double newPerSecond, int newBurst) {
        return new OutboxSettings(newPerSecond, newBurst, conversationInterval, spaceInterval, conversationBurst,
                workers, maxAttempts, backoffBase, backoffMax, rememberedKeys, drainOnClose);
    }

    public OutboxSettings withConversation(Duration interval, Duration space, int newBurst) {
        return new OutboxSettings(perSecond, burst, interval, space, newBurst, workers, maxAttempts, backoffBase,
                backoffMax, rememberedKeys, drainOnClose);
    }

    public OutboxSettings withWorkers(int newWorkers) {
        return new OutboxSettings(perSecond, burst, conversationInterval, spaceInterval, conversationBurst,
                newWorkers, maxAttempts, backoffBase, backoffMax, rememberedKeys, drainOnClose);
    }

    public OutboxSettings withRetries(int newMaxAttempts, Duration newBackoffBase, Duration newBackoffMax) {
        return new OutboxSettings(perSecond, burst, conversationInterval, spaceInterval, conversationBurst, workers,
                newMaxAttempts, newBackoffBase, newBackoffMax, rememberedKeys, drainOnClose);
    }

    public OutboxSettings withDrainOnClose(Duration newDrain) {
        return new OutboxSettings(perSecond, burst, conversationInterval, spaceInterval, conversationBurst, workers,
                maxAttempts, backoffBase, backoffMax, rememberedKeys, newDrain);
    }
}
