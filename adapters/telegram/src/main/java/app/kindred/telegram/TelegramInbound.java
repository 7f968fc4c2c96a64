package app.kindred.telegram;

import app.kindred.core.contract.Inbound;
import app.kindred.core.contract.Message;
import app.kindred.core.conversation.CannotReadReply;
import app.kindred.core.delivery.Dispatch;
import app.kindred.core.delivery.Messenger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * The inbound side, shared by long polling and the webhook: translates each update, acknowledges every
 * button press so it stops spinning, and hands the event to the core through {@link Dispatch}. One bad
 * update is logged and skipped; it never stops the updates after it.
 */
public final class TelegramInbound {

    private static final Logger LOG = LoggerFactory.getLogger(TelegramInbound.class);

    private final Dispatch dispatch;
    private final TelegramClient client;
    private final Messenger messenger;
    private final UpdateTranslator translator;

    TelegramInbound(Dispatch dispatch, TelegramClient client, Messenger messenger, UpdateTranslator translator) {
        this.dispatch = dispatch;
        this.client = client;
        this.messenger = messenger;
        this.translator = translator;
    }

    public void handle(Update update) {
        try {
            UpdateTranslation translation = translator.translate(update);
            if (translation instanceof UpdateTranslation.Event event) {
                acknowledge(event.callbackQueryId());
                log(update, event.event());
                dispatch.submit(event.event());
            } else if (translation instanceof UpdateTranslation.CannotRead unreadable) {
                explain(unreadable);
            } else if (translation instanceof UpdateTranslation.Ignored ignored) {
                acknowledge(ignored.callbackQueryId());
                LOG.debug("Telegram update {} ignored: {}", update.getUpdateId(), ignored.why());
            }
        } catch (RuntimeException e) {
            LOG.error("Telegram update {} could not be handled", update.getUpdateId(), e);
        }
    }

    private void explain(UpdateTranslation.CannotRead unreadable) {
        if (unreadable.place().isSpace()) {
            return;
        }
        var services = dispatch.kindred().services();
        Message reply = CannotReadReply.to(services, unreadable.sender(), unreadable.place(), unreadable.promptKey());
        LOG.debug("member {} sent something Kindred cannot read", services.pseudonyms().of(unreadable.sender()));
        messenger.deliver(reply);
    }

    /** Acknowledging is best effort: a press Telegram no longer knows about just stops spinning on its own. */
    private void acknowledge(String callbackQueryId) {
        if (callbackQueryId == null) {
            return;
        }
        try {
            client.execute(AnswerCallbackQuery.builder().callbackQueryId(callbackQueryId).build());
        } catch (TelegramApiException e) {
            LOG.warn("could not acknowledge a Telegram button press: {}", TelegramFailures.classify(e).reason());
        }
    }

    private void log(Update update, Inbound event) {
        if (LOG.isDebugEnabled() && event instanceof Inbound.FromMember fromMember) {
            LOG.debug("Telegram update {} from member {}: {}", update.getUpdateId(),
                    dispatch.kindred().services().pseudonyms().of(fromMember.sender()), event.getClass().getSimpleName());
        }
    }
}
