package app.kindred.core.delivery;

import java.time.Duration;
import java.util.Objects;

/**
 * Why one send to a platform failed, classified so the {@link Outbox} knows what to do next. The reason
 * is the platform's short error description, never message text.
 */
public final class DeliveryFailure extends Exception {

    /** What the failure means for the message and its recipient. */
    public enum Kind {
        /** The platform asked us to slow down; try again after {@link #retryAfter()}. */
        RATE_LIMITED,
        /** The platform or the network hiccuped (5xx, timeout, reset); try again with backoff. */
        TRANSIENT,
        /** The recipient is gone for good (blocked the bot, deleted the account, left the chat). */
        UNREACHABLE,
        /** The platform refused this one message (a bad request); retrying would fail the same way. */
        REJECTED
    }

    private static final long serialVersionUID = 1L;

    private final Kind kind;
    private final Duration retryAfter;

    private DeliveryFailure(Kind kind, Duration retryAfter, String reason, Throwable cause) {
        super(reason, cause, false, false);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.retryAfter = retryAfter == null ? Duration.ZERO : retryAfter;
    }

    public static DeliveryFailure rateLimited(Duration retryAfter, String reason) {
        return new DeliveryFailure(Kind.RATE_LIMITED, retryAfter, reason, null);
    }

    public static DeliveryFailure transientFailure(String reason, Throwable cause) {
        return new DeliveryFailure(Kind.TRANSIENT, Duration.ZERO, reason, cause);
    }

    public static DeliveryFailure unreachable(String reason) {
        return new DeliveryFailure(Kind.UNREACHABLE, Duration.ZERO, reason, null);
    }

    public static DeliveryFailure rejected(String reason) {
        return new DeliveryFailure(Kind.REJECTED, Duration.ZERO, reason, null);
    }

    public Kind kind() {
        return kind;
    }

    /** How long the platform asked us to wait; zero unless {@link Kind#RATE_LIMITED}. */
    public Duration retryAfter() {
        return retryAfter;
    }

    /** The platform's short description of the failure. */
    public String reason() {
        return getMessage();
    }
}
