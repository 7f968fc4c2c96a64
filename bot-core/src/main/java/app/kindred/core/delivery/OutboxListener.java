package app.kindred.core.delivery;

import java.time.Duration;

/**
 * What an {@link Outbox} reports as it works: the metric hook, and how an adapter learns that a member
 * became unreachable. Called on the outbox's own threads, outside its lock; keep it quick.
 */
public interface OutboxListener {

    OutboxListener NONE = new OutboxListener() {
    };

    /** One step of a delivery reached the platform. */
    default void sent(Delivery delivery) {
    }

    /** A step failed and will be tried again after the delay. */
    default void retrying(Delivery delivery, DeliveryFailure failure, Duration delay) {
    }

    /** A step failed as many times as allowed; the rest of the delivery is dropped. */
    default void gaveUp(Delivery delivery, DeliveryFailure failure, int attempts) {
    }

    /** The recipient refuses delivery for good; everything queued for them was dropped. */
    default void unreachable(Delivery delivery, DeliveryFailure failure) {
    }

    /** The platform refused this delivery as malformed; it is dropped. */
    default void rejected(Delivery delivery, DeliveryFailure failure) {
    }

    /** A delivery with a key that was already delivered (or queued) was refused. */
    default void duplicate(Delivery delivery) {
    }
}
