package app.kindred.telegram;

import app.kindred.adapter.OutboxEvents;
import app.kindred.core.contract.Lifecycle;
import app.kindred.core.contract.Platform;
import io.micrometer.core.instrument.MeterRegistry;

import java.util.function.Consumer;

/**
 * What Telegram's outbox reports: counters for the metrics endpoint, and a member who blocked Kindred
 * goes back to the core as {@link Lifecycle.MemberUnreachable}, which stops their schedule.
 */
final class TelegramOutboxEvents extends OutboxEvents {

    private static final Descriptions DESCRIPTIONS = new Descriptions("Bot API calls that succeeded",
            "calls Telegram answered with 429", "members who blocked Kindred or left", "messages Telegram refused as malformed");

    /** @param registry where counters go, or null when the app has no metrics */
    TelegramOutboxEvents(Consumer<Lifecycle> report, MeterRegistry registry) {
        super(Platform.TELEGRAM, DESCRIPTIONS, report, registry);
    }
}
