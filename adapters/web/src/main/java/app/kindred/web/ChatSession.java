package app.kindred.web;

import app.kindred.core.contract.Place;
import app.kindred.core.contract.Sender;
import app.kindred.core.member.MemberId;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.LongFunction;

/**
 * One browser tab: one member, known to the server by a random token the tab keeps to itself. Everything
 * Kindred sends the member is numbered and kept (a bounded history) so a reload or a dropped stream loses
 * nothing, and pushed to the tab's open stream if it has one.
 */
final class ChatSession {

    private static final System.Logger LOG = System.getLogger(ChatSession.class.getName());

    /** One thing pushed to the tab: a message, or an order to retire a message's buttons. */
    record Event(long seq, String name, String json) {
    }

    private final String token;
    private final Sender sender;
    private final MemberId member;
    private final String pageLanguage;
    private final int historySize;
    private final Deque<Event> history = new ArrayDeque<>();
    private long lastSeq;
    private SseEmitter stream;
    private volatile Instant lastSeen;

    private ChatSession(String token, Sender sender, MemberId member, String pageLanguage, int historySize, Instant now,
                        long lastSeq) {
        this.token = token;
        this.sender = sender;
        this.member = member;
        this.pageLanguage = pageLanguage;
        this.historySize = historySize;
        this.lastSeen = now;
        this.lastSeq = lastSeq;
    }

    /** A tab that has just joined: its events are numbered from 1. */
    static ChatSession fresh(String token, Sender sender, MemberId member, String pageLanguage, int historySize, Instant now) {
        return new ChatSession(token, sender, member, pageLanguage, historySize, now, 0);
    }

    /**
     * A tab taken back after a restart or an idle end. The tab skips every event numbered at or below the
     * last one it saw, so numbering starts from the clock in microseconds: above anything an earlier
     * session of the tab can have reached, and still exact in the page's JavaScript numbers.
     */
    static ChatSession restored(String token, Sender sender, MemberId member, String pageLanguage, int historySize,
                                Instant now) {
        long micros = ChronoUnit.MICROS.between(Instant.EPOCH, now);
        return new ChatSession(token, sender, member, pageLanguage, historySize, now, micros);
    }

    String token() {
        return token;
    }

    Sender sender() {
        return sender;
    }

    /** The member's direct conversation: on the web it is simply the tab's own user id. */
    Place place() {
        return Place.direct(sender.userId());
    }

    MemberId member() {
        return member;
    }

    String pageLanguage() {
        return pageLanguage;
    }

    void touch(Instant now) {
        lastSeen = now;
    }

    synchronized boolean isIdleSince(Instant cutoff) {
        return stream == null && lastSeen.isBefore(cutoff);
    }

    /** Whether a message reference names one of this tab's own messages. */
    synchronized boolean owns(String ref) {
        return history.stream().anyMatch(event -> ref.equals("m" + event.seq()));
    }

    /**
     * Numbers, keeps and pushes one event. The lock covers the push so events reach the tab in order and a
     * reconnecting stream never misses or repeats one.
     */
    synchronized long publish(String name, LongFunction<String> json) {
        Event event = new Event(++lastSeq, name, json.apply(lastSeq));
        history.addLast(event);
        while (history.size() > historySize) {
            history.removeFirst();
        }
        if (stream != null && !send(stream, event)) {
            stream = null;
        }
        return event.seq();
    }

    /** Connects the tab's stream: first everything after the last event it saw, then live events. */
    synchronized void attach(SseEmitter emitter, long after) {
        if (stream != null) {
            stream.complete();
        }
        for (Event event : List.copyOf(history)) {
            if (event.seq() > after && !send(emitter, event)) {
                return;
            }
        }
        stream = emitter;
    }

    synchronized void detach(SseEmitter emitter) {
        if (stream == emitter) {
            stream = null;
        }
    }

    synchronized boolean isStreaming() {
        return stream != null;
    }

    synchronized void close() {
        if (stream != null) {
            stream.complete();
            stream = null;
        }
    }

    private boolean send(SseEmitter emitter, Event event) {
        try {
            emitter.send(SseEmitter.event().id(Long.toString(event.seq())).name(event.name())
                    .data(event.json()));
            return true;
        } catch (IOException | IllegalStateException e) {
            // The tab went away; it replays from its last event when it comes back.
            LOG.log(System.Logger.Level.DEBUG, "stream of member {0} closed: {1}", member, e.getClass().getSimpleName());
            emitter.completeWithError(e);
            return false;
        }
    }
}
