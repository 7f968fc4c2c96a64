package app.kindred.telegram;

import app.kindred.core.contract.Address;
import app.kindred.core.contract.Lifecycle;
import app.kindred.core.contract.Message;
import app.kindred.core.contract.OpenSpace;
import app.kindred.core.contract.Outbound;
import app.kindred.core.contract.Platform;
import app.kindred.core.contract.RetireButtons;
import app.kindred.core.delivery.Delivery;
import app.kindred.core.delivery.Messenger;
import app.kindred.core.delivery.Outbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Kindred's messenger on Telegram: renders what the core sends into Bot API calls and queues them on the
 * outbox, which paces and retries them. Requests Telegram cannot fulfil (a bot cannot create groups) are
 * answered at once with their failure event.
 */
public final class TelegramMessenger implements Messenger {

    private static final Logger LOG = LoggerFactory.getLogger(TelegramMessenger.class);

    private final TelegramClient client;
    private final Outbox outbox;
    private final Function<Address, String> logIds;
    private final Consumer<Lifecycle> report;

    /**
     * @param logIds gives the pseudonymous id of an address for logs
     * @param report takes the lifecycle events this messenger causes (space not opened) back to the core
     */
    public TelegramMessenger(TelegramClient client, Outbox outbox, Function<Address, String> logIds,
                             Consumer<Lifecycle> report) {
        this.client = client;
        this.outbox = outbox;
        this.logIds = logIds;
        this.report = report;
    }

    @Override
    public Platform platform() {
        return Platform.TELEGRAM;
    }

    @Override
    public void deliver(Outbound outbound) {
        if (outbound instanceof Message message) {
            List<Delivery.Step> steps = TelegramRendering.render(message).stream().map(this::step).toList();
            outbox.submit(Delivery.of(message, logIds.apply(message.to()), steps));
        } else if (outbound instanceof RetireButtons retire) {
            TelegramRendering.retire(retire).ifPresent(call -> outbox.submit(Delivery.retiring(retire,
                    logIds.apply(retire.where()), List.of(edit(call)))));
        } else if (outbound instanceof OpenSpace open) {
            // Bots cannot create Telegram groups; the core runs Telegram groups as relay circles instead.
            LOG.info("a private space was asked for on Telegram, which cannot make one (request {})", open.requestId());
            report.accept(new Lifecycle.SpaceNotOpened(Platform.TELEGRAM, open.community(), open.requestId(), "unsupported"));
        }
    }

    private Delivery.Step step(TelegramCall call) {
        return () -> {
            try {
                call.execute(client);
            } catch (TelegramApiException e) {
                throw TelegramFailures.classify(e);
            }
        };
    }

    /** Taking the keyboard off a message that has none (a second press, a retry) is fine. */
    private Delivery.Step edit(TelegramCall call) {
        return () -> {
            try {
                call.execute(client);
            } catch (TelegramApiException e) {
                if (!TelegramFailures.isNotModified(e)) {
                    throw TelegramFailures.classify(e);
                }
            }
        };
    }
}
