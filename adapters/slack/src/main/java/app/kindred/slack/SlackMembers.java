package app.kindred.slack;

import app.kindred.core.contract.LocaleHints;
import app.kindred.core.contract.Sender;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.response.users.UsersInfoResponse;
import com.slack.api.model.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * What Slack knows of a member that Kindred may use: their language and country (their Slack locale)
 * and their time zone, so a newcomer is answered in their language, gets their own country's helplines
 * and check-ins at their own hour without being asked. Read with users.info, kept for a few hours.
 *
 * <p>It runs before the core sees an event, so it is quick or nothing: a short timeout, and any failure
 * (no users:read scope, a rate limit, Slack slow) leaves the hints empty rather than holding back a
 * reply, least of all a crisis reply.
 */
final class SlackMembers {

    private static final Logger LOG = LoggerFactory.getLogger(SlackMembers.class);
    private static final Duration KEPT_FOR = Duration.ofHours(6);
    private static final int REMEMBERED = 100_000;

    /** The hints and the name Slack shows for one member, as last read. */
    record Known(LocaleHints hints, String displayName, Instant readAt) {
    }

    private final MethodsClient methods;
    private final Clock clock;
    private final Map<String, Known> known = new ConcurrentHashMap<>();
    private final AtomicBoolean noScope = new AtomicBoolean();

    /** @param methods a client with a short timeout, kept apart from the one that sends */
    SlackMembers(MethodsClient methods, Clock clock) {
        this.methods = methods;
        this.clock = clock;
    }

    /** The sender with Slack's hints (and display name, where the event had none) filled in. */
    Sender enrich(Sender sender) {
        Known member = lookUp(sender.userId());
        if (member == null) {
            return sender;
        }
        String name = sender.displayName().isBlank() ? member.displayName() : sender.displayName();
        return new Sender(sender.platform(), sender.community(), sender.userId(), name, member.hints(), sender.bot());
    }

    /** Slack's hints for a member who is not an event's sender (whoever invited Kindred to a channel). */
    LocaleHints hintsOf(String userId) {
        Known member = lookUp(userId);
        return member == null ? LocaleHints.none() : member.hints();
    }

    /** The member's language if Slack already told us, without asking: for answers that cannot wait. */
    java.util.Optional<String> knownLanguage(String userId) {
        Known cached = known.get(userId);
        return cached == null ? java.util.Optional.empty() : cached.hints().languageHint();
    }

    private Known lookUp(String userId) {
        Instant now = clock.instant();
        Known cached = known.get(userId);
        if (cached != null && cached.readAt().plus(KEPT_FOR).isAfter(now)) {
            return cached;
        }
        if (noScope.get()) {
            return cached;
        }
        try {
            UsersInfoResponse info = methods.usersInfo(r -> r.user(userId).includeLocale(true));
            if (!info.isOk() || info.getUser() == null) {
                if ("missing_scope".equals(info.getError()) && noScope.compareAndSet(false, true)) {
                    LOG.warn("Slack gives Kindred no users:read scope, so members' language, country and time zone are "
                            + "not known until they set them");
                }
                return cached;
            }
            Known fresh = new Known(hints(info.getUser()), name(info.getUser()), now);
            if (known.size() >= REMEMBERED) {
                known.clear();
            }
            known.put(userId, fresh);
            return fresh;
        } catch (Exception e) {
            LOG.debug("users.info gave no answer in time ({}); the event goes on without hints", e.getClass().getSimpleName());
            return cached;
        }
    }

    /** Slack's locale is an IETF tag such as "es-ES" or "pt-BR"; its tz an IANA zone. */
    static LocaleHints hints(User user) {
        String language = null;
        String country = null;
        if (user.getLocale() != null && !user.getLocale().isBlank()) {
            String[] parts = user.getLocale().strip().split("[-_]");
            if (parts[0].matches("[A-Za-z]{2,3}")) {
                language = parts[0].toLowerCase(Locale.ROOT);
            }
            if (parts.length > 1 && parts[1].matches("[A-Za-z]{2}")) {
                country = parts[1].toUpperCase(Locale.ROOT);
            }
        }
        String zone = user.getTz() == null || user.getTz().isBlank() ? null : user.getTz().strip();
        return new LocaleHints(language, country, zone);
    }

    private static String name(User user) {
        if (user.getProfile() != null && user.getProfile().getDisplayName() != null
                && !user.getProfile().getDisplayName().isBlank()) {
            return user.getProfile().getDisplayName();
        }
        return user.getRealName() == null ? "" : user.getRealName();
    }
}
