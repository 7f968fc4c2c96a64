package app.kindred.telegram;

import com.fasterxml.jackson.databind.ObjectMapper;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.longpolling.BotSession;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.longpolling.util.DefaultGetUpdatesGenerator;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Long polling with TelegramBots' own loop, on a thread, HTTP client and executor that belong to this
 * instance (the library's defaults are never shut down). Updates are handled one at a time on the
 * polling thread; nothing here waits on a rate limit, the outbox does.
 */
public final class TelegramPolling implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(TelegramPolling.class);
    /** getUpdates waits up to 50 s for news; the read timeout must outlast it. */
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(75);

    private final TelegramSettings settings;
    private final TelegramInbound inbound;
    private ScheduledExecutorService executor;
    private OkHttpClient http;
    private TelegramBotsLongPollingApplication application;
    private BotSession session;

    public TelegramPolling(TelegramSettings settings, TelegramInbound inbound) {
        this.settings = settings;
        this.inbound = inbound;
    }

    /** Deletes any webhook (the library insists) and starts the loop; fails with one clear sentence. */
    public synchronized void start() {
        if (session != null) {
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "telegram-polling");
            thread.setDaemon(true);
            return thread;
        });
        http = TelegramApi.httpClient(READ_TIMEOUT, 2);
        application = new TelegramBotsLongPollingApplication(ObjectMapper::new, () -> http, () -> executor);
        TelegramUrl url = settings.telegramUrl();
        try {
            session = application.registerBot(settings.token(), () -> url,
                    new DefaultGetUpdatesGenerator(UpdateTranslator.ALLOWED_UPDATES), this::consume);
            LOG.info("Telegram long polling started for bot {}", settings.botId());
        } catch (TelegramApiException e) {
            close();
            throw new TelegramSetupException("Telegram long polling could not start for bot " + settings.botId()
                    + " at " + settings.apiUrl() + " (deleteWebhook failed): check the token, kindred.telegram.api-url "
                    + "and that no other Kindred polls with this token");
        }
    }

    private void consume(List<Update> updates) {
        updates.forEach(inbound::handle);
    }

    public synchronized boolean isRunning() {
        return session != null && session.isRunning();
    }

    @Override
    public synchronized void close() {
        if (application != null) {
            try {
                application.close();
            } catch (Exception e) {
                LOG.warn("Telegram long polling did not stop cleanly: {}", e.getClass().getSimpleName());
            }
        }
        if (executor != null) {
            executor.shutdownNow();
            try {
                executor.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (http != null) {
            TelegramApi.shutdown(http);
        }
        session = null;
        application = null;
        executor = null;
        http = null;
    }
}
