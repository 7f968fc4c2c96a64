package app.kindred.discord;

import app.kindred.adapter.OutboxEvents;
import app.kindred.core.contract.Lifecycle;
import app.kindred.core.contract.Platform;
import app.kindred.core.delivery.Delivery;
import app.kindred.core.delivery.DeliveryFailure;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * What Discord's outbox reports: counters for the metrics endpoint; a member whose DMs are closed goes
 * back to the core as {@link Lifecycle.MemberUnreachable}, which stops their schedule; an abandoned
 * delivery is handed on so a half-opened space is cleaned up and answered.
 */
final class DiscordOutboxEvents extends OutboxEvents {

    private static final Logger LOG = LoggerFactory.getLogger(DiscordOutboxEvents.class);
    private static final Descriptions DESCRIPTIONS = new Descriptions("Discord calls that succeeded",
            "calls that met a rate limit", "members whose DMs are closed, or who left", "messages Discord refused");

    private final BiConsumer<Delivery, DeliveryFailure> abandoned;

    /**
     * @param abandoned told of every delivery given up on, rejected or undeliverable
     * @param registry  where counters go, or null when the app has no metrics
     */
    DiscordOutboxEvents(Consumer<Lifecycle> report, BiConsumer<Delivery, DeliveryFailure> abandoned, MeterRegistry registry) {
        super(Platform.DISCORD, DESCRIPTIONS, report, registry);
        this.abandoned = abandoned;
    }

    @Override
    protected void dropped(Delivery delivery, DeliveryFailure failure) {
        try {
            abandoned.accept(delivery, failure);
        } catch (RuntimeException e) {
            LOG.error("cleaning up after an abandoned Discord delivery to {} failed", delivery.logId(), e);
        }
    }
}
