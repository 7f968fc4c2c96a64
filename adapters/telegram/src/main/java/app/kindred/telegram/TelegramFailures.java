package app.kindred.telegram;

import app.kindred.core.delivery.DeliveryFailure;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiValidationException;

import java.time.Duration;
import java.util.Locale;

/**
 * Reads what went wrong from the client's exception. The client looks at the JSON body, not the HTTP
 * status, so the Bot API's {@code error_code} and {@code parameters.retry_after} are what count here.
 */
final class TelegramFailures {

    private TelegramFailures() {
    }

    static DeliveryFailure classify(TelegramApiException e) {
        if (e instanceof TelegramApiRequestException request && request.getErrorCode() != null
                && request.getErrorCode() != 0) {
            int code = request.getErrorCode();
            String reason = code + " " + (request.getApiResponse() == null ? "" : request.getApiResponse());
            if (code == 429) {
                Integer retryAfter = request.getParameters() == null ? null : request.getParameters().getRetryAfter();
                return DeliveryFailure.rateLimited(Duration.ofSeconds(retryAfter == null ? 1 : Math.max(1, retryAfter)), reason);
            }
            if (code == 403 || code == 400 && isGone(request)) {
                return DeliveryFailure.unreachable(reason);
            }
            if (code >= 500 || code == 401 || code == 404) {
                // 401/404 mean the token or the API URL is wrong for every call: retried, then given up on loudly.
                return DeliveryFailure.transientFailure(reason, null);
            }
            return DeliveryFailure.rejected(reason);
        }
        if (e instanceof TelegramApiValidationException) {
            return DeliveryFailure.rejected("the client refused the call: " + e.getMessage());
        }
        Throwable cause = e.getCause() == null ? e : e.getCause();
        return DeliveryFailure.transientFailure("no answer from Telegram: " + cause.getClass().getSimpleName(), null);
    }

    /** Editing a message to what it already shows is an error for Telegram, and nothing to worry about for us. */
    static boolean isNotModified(TelegramApiException e) {
        return e instanceof TelegramApiRequestException request && request.getErrorCode() != null
                && request.getErrorCode() == 400 && (describe(request).contains("message is not modified")
                || describe(request).contains("message to edit not found"));
    }

    private static boolean isGone(TelegramApiRequestException request) {
        String description = describe(request);
        return description.contains("chat not found") || description.contains("user is deactivated")
                || description.contains("peer_id_invalid") || description.contains("bot was blocked");
    }

    /** The Bot API's description: a fixed English phrase such as "Forbidden: bot was blocked by the user". */
    private static String describe(TelegramApiRequestException request) {
        String api = request.getApiResponse();
        return api == null ? "" : api.toLowerCase(Locale.ROOT);
    }
}
