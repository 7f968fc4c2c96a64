package app.kindred.web;

import app.kindred.core.contract.LocaleHints;
import app.kindred.core.contract.Platform;
import app.kindred.core.contract.Sender;
import app.kindred.core.member.Pseudonyms;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The open tabs, each a member of its own: found by the tab's token (for what the tab sends) or by the
 * member's community and user id (for what Kindred sends). Sessions live in memory; the token is signed
 * and names its member, so after a restart, or once an idle session has ended, the tab's next request
 * brings its session back as the same member.
 */
final class ChatSessions {

    /** Community names are short slugs, so they read well in logs and never carry markup. */
    static final String COMMUNITY_PATTERN = "[A-Za-z0-9_-]{1,40}";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final ConcurrentHashMap<String, ChatSession> byToken = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, ChatSession> byMember = new ConcurrentHashMap<>();
    private final Pseudonyms pseudonyms;
    private final SessionTokens tokens;
    private final Clock clock;
    private final int maxSessions;
    private final Duration idle;
    private final int historySize;
    private volatile boolean closing;

    ChatSessions(Pseudonyms pseudonyms, Clock clock, int maxSessions, Duration idle, int historySize) {
        this.pseudonyms = pseudonyms;
        this.tokens = new SessionTokens(pseudonyms);
        this.clock = clock;
        this.maxSessions = maxSessions;
        this.idle = idle;
        this.historySize = historySize;
    }

    /** Opens a session for a new member, or empty when the chat is full even after ending idle sessions. */
    Optional<ChatSession> open(String community, String displayName, LocaleHints hints, String pageLanguage) {
        Instant now = clock.instant();
        if (byToken.size() >= maxSessions) {
            endIdle(now);
        }
        if (byToken.size() >= maxSessions) {
            return Optional.empty();
        }
        // A fresh random user id per tab: two tabs are two members, and nothing links them.
        Sender sender = new Sender(Platform.WEB, community, "w" + random(15), displayName, hints, false);
        ChatSession session = ChatSession.fresh(tokens.issue(sender, pageLanguage), sender, pseudonyms.of(sender),
                pageLanguage, historySize, now);
        byToken.put(session.token(), session);
        byMember.put(key(community, sender.userId()), session);
        return Optional.of(session);
    }

    /**
     * The session a tab's token names, marked as seen now; brought back if Kindred restarted or ended it
     * as idle, and room is left.
     */
    Optional<ChatSession> byToken(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        ChatSession session = byToken.get(token);
        if (session == null) {
            session = restore(token).orElse(null);
        }
        if (session != null) {
            session.touch(clock.instant());
        }
        return Optional.ofNullable(session);
    }

    private Optional<ChatSession> restore(String token) {
        Optional<SessionTokens.Descriptor> named = tokens.read(token);
        if (named.isEmpty() || closing) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        if (byToken.size() >= maxSessions) {
            endIdle(now);
        }
        if (byToken.size() >= maxSessions) {
            return Optional.empty();
        }
        Sender sender = named.get().sender();
        // Two requests of one tab may race to bring it back: the first one's session is the one kept.
        ChatSession session = byToken.computeIfAbsent(token, t -> ChatSession.restored(t, sender, pseudonyms.of(sender),
                named.get().pageLanguage(), historySize, now));
        byMember.putIfAbsent(key(sender.community(), sender.userId()), session);
        return Optional.of(session);
    }

    Optional<ChatSession> byMember(String community, String userId) {
        return Optional.ofNullable(byMember.get(key(community, userId)));
    }

    void end(ChatSession session) {
        byToken.remove(session.token());
        byMember.remove(key(session.sender().community(), session.sender().userId()));
        session.close();
    }

    /** Ends every tab's stream when the app stops, so the server need not wait for them to time out. */
    void closeAll() {
        closing = true;
        byToken.values().forEach(ChatSession::close);
    }

    boolean isClosing() {
        return closing;
    }

    int size() {
        return byToken.size();
    }

    long streaming() {
        return byToken.values().stream().filter(ChatSession::isStreaming).count();
    }

    /** Ends sessions whose tab has been gone longer than the idle time; their members can no longer be reached. */
    void endIdle(Instant now) {
        Instant cutoff = now.minus(idle);
        byToken.values().stream()
                .filter(session -> session.isIdleSince(cutoff))
                .toList()
                .forEach(this::end);
    }

    private static String key(String community, String userId) {
        return community + "\u0000" + userId;
    }

    private static String random(int bytes) {
        byte[] value = new byte[bytes];
        RANDOM.nextBytes(value);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(value);
    }
}
