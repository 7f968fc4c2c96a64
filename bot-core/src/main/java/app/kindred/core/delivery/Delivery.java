package app.kindred.core.delivery;

import app.kindred.core.contract.Address;
import app.kindred.core.contract.Message;
import app.kindred.core.contract.RetireButtons;

import java.util.List;
import java.util.Objects;

/**
 * One outbound message as an {@link Outbox} carries it: where it goes, how urgent it is, its idempotency
 * key, and the platform calls that deliver it, in order.
 *
 * @param to          the recipient; its conversation is what the per-conversation rate applies to
 * @param urgency     crisis replies go before everything else waiting
 * @param deliveryKey a non-empty key is delivered at most once per outbox; empty for ordinary replies
 * @param logId       the recipient's pseudonymous id for log lines, never a platform id
 * @param steps       the platform calls, run one after another (a text, then a photo)
 */
public record Delivery(Address to, Message.Urgency urgency, String deliveryKey, String logId, List<Step> steps) {

    /** One call to the platform, written by the adapter; it classifies its own failures. */
    @FunctionalInterface
    public interface Step {
        void send() throws DeliveryFailure;
    }

    public Delivery {
        Objects.requireNonNull(to, "to");
        urgency = urgency == null ? Message.Urgency.REPLY : urgency;
        deliveryKey = deliveryKey == null ? "" : deliveryKey;
        logId = logId == null || logId.isBlank() ? "unknown" : logId;
        steps = List.copyOf(steps);
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("a delivery needs at least one step");
        }
    }

    /** A message's delivery: to its recipient, at its urgency, under its delivery key. */
    public static Delivery of(Message message, String logId, List<Step> steps) {
        return new Delivery(message.to(), message.urgency(), message.deliveryKey(), logId, steps);
    }

    /** Taking the buttons off a sent message: an ordinary reply with no key, since doing it twice is harmless. */
    public static Delivery retiring(RetireButtons retire, String logId, List<Step> steps) {
        return new Delivery(retire.where(), Message.Urgency.REPLY, "", logId, steps);
    }

    /** The conversation this delivery is paced in: a member's direct chat or one shared space. */
    public String conversation() {
        if (to instanceof Address.Direct direct) {
            return direct.platform().code() + '/' + direct.community() + "/u/" + direct.userId();
        }
        Address.Space space = (Address.Space) to;
        return space.platform().code() + '/' + space.community() + "/s/" + space.spaceId();
    }

    public boolean toSpace() {
        return to instanceof Address.Space;
    }
}
