package app.kindred.slack;

import app.kindred.core.delivery.DeliveryFailure;
import com.slack.api.methods.SlackApiException;

import java.io.IOException;
import java.time.Duration;
import java.util.Set;

/**
 * Reads what went wrong from a Web API call. The SDK does not retry: a 429 arrives as
 * {@link SlackApiException} carrying Slack's {@code Retry-After} header, while refusals such as
 * {@code missing_scope} arrive as normal answers with {@code ok:false} and an error code. Only those
 * codes are ever logged, never what the message said.
 */
final class SlackFailures {

    /** The member is gone for good: nothing sent to them can arrive. */
    private static final Set<String> MEMBER_GONE = Set.of("user_not_found", "user_disabled", "user_not_visible",
            "cannot_dm_bot", "user_is_restricted", "user_is_bot");
    /** Our token no longer works: every call fails the same way until someone fixes it. */
    private static final Set<String> TOKEN_PROBLEMS = Set.of("invalid_auth", "not_authed", "account_inactive",
            "token_revoked", "token_expired", "no_permission", "org_login_required", "ekm_access_denied",
            "team_access_not_granted");
    /** Slack's side hiccuped; the same call may work in a moment. */
    private static final Set<String> SLACK_HICCUPS = Set.of("internal_error", "fatal_error", "service_unavailable",
            "request_timeout", "ratelimited", "team_added_to_org");

    private SlackFailures() {
    }

    static boolean isTokenProblem(String error) {
        return error != null && TOKEN_PROBLEMS.contains(error);
    }

    /** A call that threw: a 429 with its Retry-After, a 5xx, or no answer at all. */
    static DeliveryFailure classify(String method, SlackApiException e) {
        int status = e.getResponse() == null ? 0 : e.getResponse().code();
        if (status == 429) {
            return DeliveryFailure.rateLimited(retryAfter(e), method + ": 429 rate limited");
        }
        if (status >= 500 || status == 0 || status == 408) {
            return DeliveryFailure.transientFailure(method + ": HTTP " + status, null);
        }
        String error = e.getError() == null ? null : e.getError().getError();
        if (error != null) {
            return classify(method, error, null);
        }
        return DeliveryFailure.rejected(method + ": HTTP " + status);
    }

    static DeliveryFailure classify(String method, IOException e) {
        return DeliveryFailure.transientFailure(method + ": no answer from Slack (" + e.getClass().getSimpleName() + ")", null);
    }

    /**
     * An {@code ok:false} answer.
     *
     * @param needed the scope Slack says is missing, for {@code missing_scope}; may be null
     */
    static DeliveryFailure classify(String method, String error, String needed) {
        String reason = method + ": " + error + (needed == null || needed.isBlank() ? "" : " (needs " + needed + ")");
        if (MEMBER_GONE.contains(error)) {
            return DeliveryFailure.unreachable(reason);
        }
        if (TOKEN_PROBLEMS.contains(error) || SLACK_HICCUPS.contains(error)) {
            // A broken token is retried, then given up on loudly; it says nothing about the member.
            return DeliveryFailure.transientFailure(reason, null);
        }
        return DeliveryFailure.rejected(reason);
    }

    /** Slack's Retry-After is whole seconds; a missing or odd header waits one second. */
    static Duration retryAfter(SlackApiException e) {
        String header = e.getResponse() == null ? null : e.getResponse().header("Retry-After");
        if (header != null) {
            try {
                return Duration.ofSeconds(Math.max(1, Long.parseLong(header.strip())));
            } catch (NumberFormatException ignored) {
                // Falls through to the default wait.
            }
        }
        return Duration.ofSeconds(1);
    }
}
