package app.kindred.telegram;

import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * The Bot API client Kindred sends with, on its own OkHttp client so its threads and connections are
 * closed with it, and the bot's identity once checked.
 */
public final class TelegramApi implements AutoCloseable {

    private final TelegramSettings settings;
    private final OkHttpClient http;
    private final OkHttpTelegramClient client;
    private volatile String username;

    public TelegramApi(TelegramSettings settings) {
        this.settings = settings;
        this.http = httpClient(Duration.ofSeconds(30), settings.outbox().workers());
        this.client = new OkHttpTelegramClient(http, settings.token(), settings.telegramUrl());
    }

    /** An OkHttp client for Telegram: timeouts above the long-poll wait, connections for every worker. */
    static OkHttpClient httpClient(Duration readTimeout, int connections) {
        Dispatcher dispatcher = new Dispatcher();
        dispatcher.setMaxRequests(Math.max(64, connections * 2));
        dispatcher.setMaxRequestsPerHost(Math.max(64, connections * 2));
        return new OkHttpClient.Builder()
                .dispatcher(dispatcher)
                .connectionPool(new ConnectionPool(Math.max(5, connections), 60, TimeUnit.SECONDS))
                .connectTimeout(10, TimeUnit.SECONDS)
                .writeTimeout(30, TimeUnit.SECONDS)
                .readTimeout(readTimeout.toMillis(), TimeUnit.MILLISECONDS)
                .build();
    }

    public TelegramClient client() {
        return client;
    }

    public TelegramSettings settings() {
        return settings;
    }

    /**
     * Asks Telegram who the bot is (getMe), which proves the token and the API URL work. Fails with one
     * sentence saying what to fix.
     */
    public User identify() {
        try {
            User me = client.execute(new GetMe());
            username = me.getUserName();
            return me;
        } catch (TelegramApiRequestException e) {
            if (e.getErrorCode() != null && (e.getErrorCode() == 401 || e.getErrorCode() == 404)) {
                throw new TelegramSetupException("Telegram refused the bot token of bot " + settings.botId()
                        + ": check KINDRED_TELEGRAM_TOKEN (ask @BotFather for the current one)");
            }
            throw new TelegramSetupException("the Telegram Bot API at " + settings.apiUrl() + " answered getMe with an error ("
                    + e.getErrorCode() + " " + e.getApiResponse() + "): check kindred.telegram.api-url");
        } catch (TelegramApiException e) {
            throw new TelegramSetupException("Kindred cannot reach the Telegram Bot API at " + settings.apiUrl()
                    + ": check kindred.telegram.api-url and the network");
        }
    }

    /** The bot's username once {@link #identify()} has run, or null. */
    public String username() {
        return username;
    }

    @Override
    public void close() {
        shutdown(http);
    }

    static void shutdown(OkHttpClient http) {
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }
}
