package app.kindred.telegram;

import app.kindred.core.delivery.OutboxSettings;
import org.telegram.telegrambots.meta.TelegramUrl;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The Telegram adapter's settings as plain, checked values. Every check fails with one sentence that
 * says what to fix, and none of them repeats the token.
 *
 * @param token            the bot token from @BotFather
 * @param apiUrl           the Bot API base URL (a proxy or a local fake in tests)
 * @param mode             long polling or webhook
 * @param webhookUrl       the public HTTPS address Telegram posts updates to (webhook mode)
 * @param webhookPath      the local path of the webhook endpoint
 * @param webhookSecret    the secret Telegram sends back in X-Telegram-Bot-Api-Secret-Token
 * @param outbox           the pacing and retry settings of Telegram's outbox
 */
public record TelegramSettings(String token, URI apiUrl, Mode mode, String webhookUrl, String webhookPath,
                               String webhookSecret, OutboxSettings outbox) {

    /** How updates reach Kindred. */
    public enum Mode { POLLING, WEBHOOK }

    private static final Pattern TOKEN = Pattern.compile("\\d{5,16}:[A-Za-z0-9_-]{30,64}");
    private static final Pattern SECRET = Pattern.compile("[A-Za-z0-9_-]{1,256}");

    public TelegramSettings {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(outbox, "outbox");
        if (token == null || !TOKEN.matcher(token.strip()).matches()) {
            throw new IllegalArgumentException("KINDRED_TELEGRAM_TOKEN (kindred.telegram.token) is not a Telegram bot token: "
                    + "it must be the bot id, a colon and the secret @BotFather gave you, like 123456789:AAH...");
        }
        token = token.strip();
        if (apiUrl == null || apiUrl.getHost() == null
                || !"http".equals(apiUrl.getScheme()) && !"https".equals(apiUrl.getScheme())
                || apiUrl.getPath() != null && !apiUrl.getPath().isEmpty() && !apiUrl.getPath().equals("/")) {
            throw new IllegalArgumentException("kindred.telegram.api-url must be an http(s) address without a path, "
                    + "like https://api.telegram.org or http://127.0.0.1:8081");
        }
        webhookPath = webhookPath == null || webhookPath.isBlank() ? "/telegram/webhook" : webhookPath.strip();
        if (mode == Mode.WEBHOOK) {
            if (webhookUrl == null || !webhookUrl.strip().startsWith("https://")) {
                throw new IllegalArgumentException("kindred.telegram.webhook.public-url must be the public https:// address "
                        + "of this server when kindred.telegram.mode is webhook");
            }
            if (webhookSecret == null || !SECRET.matcher(webhookSecret).matches()) {
                throw new IllegalArgumentException("kindred.telegram.webhook.secret must be 1-256 letters, digits, '_' or '-' "
                        + "when kindred.telegram.mode is webhook");
            }
            webhookUrl = webhookUrl.strip();
        }
    }

    /** Parses the API URL with the same one-sentence error as the other checks. */
    public static URI apiUrl(String value) {
        try {
            return new URI(value == null ? "" : value.strip());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("kindred.telegram.api-url is not a valid address, like https://api.telegram.org");
        }
    }

    public static Mode mode(String value) {
        String normal = value == null ? "polling" : value.strip().toLowerCase(Locale.ROOT).replace("-", "");
        return switch (normal) {
            case "polling", "longpolling" -> Mode.POLLING;
            case "webhook" -> Mode.WEBHOOK;
            default -> throw new IllegalArgumentException("kindred.telegram.mode must be polling or webhook");
        };
    }

    /** The API URL in the shape TelegramBots wants. */
    public TelegramUrl telegramUrl() {
        int port = apiUrl.getPort() > 0 ? apiUrl.getPort() : "https".equals(apiUrl.getScheme()) ? 443 : 80;
        return new TelegramUrl(apiUrl.getScheme(), apiUrl.getHost(), port, false);
    }

    /** The address Telegram posts updates to: the public URL, joined with the endpoint's path. */
    public String webhookEndpoint() {
        String base = webhookUrl.endsWith("/") ? webhookUrl.substring(0, webhookUrl.length() - 1) : webhookUrl;
        return base.endsWith(webhookPath) ? base : base + webhookPath;
    }

    /** The bot's numeric id, the part of the token before the colon; safe to show. */
    public String botId() {
        return token.substring(0, token.indexOf(':'));
    }

    @Override
    public String toString() {
        return "TelegramSettings[bot=" + botId() + ", apiUrl=" + apiUrl + ", mode=" + mode + "]";
    }
}
