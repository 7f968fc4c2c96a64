package app.kindred.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * Who may use the web chat. A local chat answers only clients on this machine, whatever interface the
 * app listens on; a public one answers anyone within per-address rate limits and the human check.
 */
final class ChatGate {

    /** What a request is for; each has its own limit in public mode. */
    enum Purpose { PAGE, JOIN, ACT, READ }

    /** Why a request is refused: the HTTP status and the prompt key of the sentence the page shows. */
    record Refusal(HttpStatus status, String key) {
    }

    private final WebChatExposure.Mode mode;
    private final AddressRateLimits joins;
    private final AddressRateLimits actions;
    private final HumanCheck humanCheck;

    ChatGate(WebChatExposure.Mode mode, AddressRateLimits joins, AddressRateLimits actions, HumanCheck humanCheck) {
        this.mode = mode;
        this.joins = joins;
        this.actions = actions;
        this.humanCheck = humanCheck;
    }

    Optional<Refusal> check(HttpServletRequest request, Purpose purpose) {
        String address = request.getRemoteAddr();
        if (mode == WebChatExposure.Mode.LOCAL) {
            return isLoopback(address) ? Optional.empty()
                    : Optional.of(new Refusal(HttpStatus.FORBIDDEN, "web.errors.local-only"));
        }
        boolean admitted = switch (purpose) {
            case JOIN -> joins.tryAcquire(address);
            case ACT -> actions.tryAcquire(address);
            case PAGE, READ -> true;
        };
        return admitted ? Optional.empty()
                : Optional.of(new Refusal(HttpStatus.TOO_MANY_REQUESTS, "web.errors.too-many"));
    }

    /** The captcha hook, asked once when a tab starts a chat. */
    boolean isHuman(HttpServletRequest request, String proof) {
        return humanCheck.isHuman(proof == null ? "" : proof, request.getRemoteAddr());
    }

    static boolean isLoopback(String address) {
        if (address == null || !address.matches("[0-9a-fA-F:.]*[:.][0-9a-fA-F:.]*")) {
            return false;
        }
        try {
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
