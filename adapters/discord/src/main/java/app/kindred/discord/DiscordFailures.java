package app.kindred.discord;

import app.kindred.core.delivery.DeliveryFailure;
import net.dv8tion.jda.api.exceptions.ErrorHandler;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.exceptions.PermissionException;
import net.dv8tion.jda.api.exceptions.RateLimitedException;
import net.dv8tion.jda.api.requests.ErrorResponse;
import org.slf4j.Logger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Set;

/**
 * Reads what went wrong from JDA's exceptions. JDA honours Discord's 429s and rate-limit buckets itself,
 * so a rate limit reaches us only when JDA gives up waiting; everything else is classified by Discord's
 * JSON error code, which is more precise than the HTTP status.
 */
final class DiscordFailures {

    /** The member cannot be written to any more: closed DMs, an unknown or deleted user. */
    private static final Set<ErrorResponse> GONE = Set.of(ErrorResponse.CANNOT_SEND_TO_USER, ErrorResponse.UNKNOWN_USER);

    private DiscordFailures() {
    }

    static DeliveryFailure classify(Throwable failure) {
        Throwable e = unwrap(failure);
        if (e instanceof ErrorResponseException response) {
            String reason = response.getErrorCode() + " " + response.getMeaning();
            int status = response.getResponse() == null ? 0 : response.getResponse().code;
            if (GONE.contains(response.getErrorResponse())) {
                return DeliveryFailure.unreachable(reason);
            }
            if (status == 429) {
                return DeliveryFailure.rateLimited(Duration.ofSeconds(1), reason);
            }
            if (response.isServerError() || status >= 500 || status == 401) {
                // 401 means the token stopped working for every call: retried, then given up on loudly.
                return DeliveryFailure.transientFailure(reason, null);
            }
            return DeliveryFailure.rejected(reason);
        }
        if (e instanceof RateLimitedException limited) {
            return DeliveryFailure.rateLimited(Duration.ofMillis(Math.max(1000, limited.getRetryAfter())), "rate limited");
        }
        if (e instanceof PermissionException permission) {
            // JDA checks Kindred's permissions from its cache before calling: the server must grant them first.
            return DeliveryFailure.rejected("missing permission " + permission.getPermission());
        }
        if (e instanceof IOException || e instanceof UncheckedIOException || e instanceof java.util.concurrent.CancellationException) {
            return DeliveryFailure.transientFailure("no answer from Discord: " + e.getClass().getSimpleName(), null);
        }
        if (e instanceof IllegalArgumentException || e instanceof IllegalStateException) {
            return DeliveryFailure.rejected("JDA refused the call: " + e.getClass().getSimpleName());
        }
        return DeliveryFailure.transientFailure("Discord call failed: " + e.getClass().getSimpleName(), null);
    }

    /** Whether a failure means the member closed their DMs or is gone. */
    static boolean isGone(Throwable failure) {
        return unwrap(failure) instanceof ErrorResponseException response && GONE.contains(response.getErrorResponse());
    }

    /** Whether an interaction's hook can no longer be used: its 15 minutes are over, or Discord forgot it. */
    static boolean isExpiredInteraction(Throwable failure) {
        Throwable e = unwrap(failure);
        return e instanceof net.dv8tion.jda.api.exceptions.InteractionExpiredException
                || e instanceof ErrorResponseException response && (response.getErrorResponse() == ErrorResponse.UNKNOWN_WEBHOOK
                || response.getErrorResponse() == ErrorResponse.UNKNOWN_INTERACTION);
    }

    /** An error handler for fire-and-forget calls (acknowledgements, menus): every failure is logged, none swallowed. */
    static ErrorHandler logging(Logger log, String what) {
        return new ErrorHandler(e -> log.warn("Discord: {} failed ({})", what, classify(e).reason()));
    }

    private static Throwable unwrap(Throwable failure) {
        Throwable e = failure;
        while ((e instanceof java.util.concurrent.CompletionException || e instanceof java.util.concurrent.ExecutionException
                || e.getClass() == RuntimeException.class) && e.getCause() != null) {
            e = e.getCause();
        }
        return e;
    }
}
