package app.kindred.telegram;

import app.kindred.core.delivery.Dispatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/**
 * Brings the adapter up once everything is wired: checks the token (getMe), registers the command menu,
 * then starts long polling or sets the webhook. Stops polling first on shutdown, before the outbox
 * drains.
 */
final class TelegramStartup implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(TelegramStartup.class);

    private final TelegramApi api;
    private final Dispatch dispatch;
    private final TelegramPolling polling;
    private volatile boolean running;

    TelegramStartup(TelegramApi api, Dispatch dispatch, TelegramPolling polling) {
        this.api = api;
        this.dispatch = dispatch;
        this.polling = polling;
    }

    @Override
    public void start() {
        TelegramSettings settings = api.settings();
        api.identify();
        var services = dispatch.kindred().services();
        int menus = CommandMenu.register(api.client(), dispatch.kindred().routes(), services.prompts(),
                services.settings().defaultLanguage());
        LOG.info("Telegram bot {} ready; command menu registered in {} languages", settings.botId(), menus);
        if (settings.mode() == TelegramSettings.Mode.WEBHOOK) {
            registerWebhook(settings);
        } else {
            polling.start();
        }
        running = true;
    }

    private void registerWebhook(TelegramSettings settings) {
        try {
            api.client().execute(SetWebhook.builder()
                    .url(settings.webhookEndpoint())
                    .secretToken(settings.webhookSecret())
                    .allowedUpdates(UpdateTranslator.ALLOWED_UPDATES)
                    .build());
            LOG.info("Telegram webhook set to {}", settings.webhookEndpoint());
        } catch (TelegramApiException e) {
            throw new TelegramSetupException("Telegram refused the webhook " + settings.webhookEndpoint() + " ("
                    + TelegramFailures.classify(e).reason() + "): check kindred.telegram.webhook.public-url");
        }
    }

    @Override
    public void stop() {
        polling.close();
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    boolean isHealthy() {
        return running && (api.settings().mode() == TelegramSettings.Mode.WEBHOOK || polling.isRunning());
    }
}
