package app.kindred.core.delivery;

import app.kindred.core.contract.Message;

import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeSet;

/**
 * The outbox's decisions without its threads: which call goes next, when, and what a failure means.
 * Time is passed in as nanoseconds, so tests drive it by hand. Not thread safe; the {@link Outbox}
 * guards it with its lock.
 *
 * <p>Rules: crisis calls go first, then replies, then scheduled ones, oldest first within each. A
 * conversation has at most one call in flight, so its messages arrive in order. The overall rate and
 * each conversation's rate are paced; a crisis call skips its conversation's pace (never the overall
 * rate, nor a platform's retry-after).
 */
final class OutboxSchedule {

    /** One platform call waiting in the schedule. */
    static final class Item {
        final Delivery delivery;
        final int step;
        final long seq;
        final Conversation conversation;
        int failures;

        Item(Delivery delivery, int step, long seq, Conversation conversation) {
            this.delivery = delivery;
            this.step = step;
            this.seq = seq;
            this.conversation = conversation;
        }

        Delivery.Step call() {
            return delivery.steps().get(step);
        }
    }

    /** What to do next. */
    sealed interface Next {
        record Send(Item item) implements Next {
        }

        record WaitUntil(long nanos) implements Next {
        }

        record Idle() implements Next {
        }
    }

    /** What a finished attempt led to. */
    record Verdict(Outcome outcome, Duration delay, int attempts, int dropped) {
    }

    enum Outcome { SENT, RETRY, GAVE_UP, UNREACHABLE, REJECTED }

    private enum Placement { NONE, READY, WAITING }

    private static final Comparator<Item> ITEM_ORDER =
            Comparator.<Item>comparingInt(i -> i.delivery.urgency().ordinal()).thenComparingLong(i -> i.seq);

    static final class Conversation {
        final String key;
        final Pace pace;
        final PriorityQueue<Item> pending = new PriorityQueue<>(ITEM_ORDER);
        long holdUntil;
        boolean held;
        boolean inFlight;
        long readyAt;
        /** Which set holds it, so it can be taken out before its sort keys change. */
        Placement placement = Placement.NONE;

        Conversation(String key, Pace pace) {
            this.key = key;
            this.pace = pace;
        }

        Item head() {
            return pending.peek();
        }
    }

    private final OutboxSettings settings;
    private final Pace overall;
    private final Map<String, Conversation> conversations = new HashMap<>();
    private final TreeSet<Conversation> ready = new TreeSet<>(
            Comparator.<Conversation, Item>comparing(Conversation::head, ITEM_ORDER));
    private final TreeSet<Conversation> waiting = new TreeSet<>(
            Comparator.<Conversation>comparingLong(c -> c.readyAt).thenComparing(c -> c.key));
    private final Map<String, Boolean> rememberedKeys;
    private long nextSeq;
    private int queued;
    private int inFlight;
    private int sweepAbove = 1024;

    OutboxSchedule(OutboxSettings settings) {
        this.settings = settings;
        this.overall = Pace.perSecond(settings.perSecond(), settings.burst());
        int capacity = settings.rememberedKeys();
        this.rememberedKeys = new LinkedHashMap<>(16, 0.75f, false) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                return size() > capacity;
            }
        };
    }

    /** Queues every step of a delivery; false when its key was seen before, and nothing is queued. */
    boolean enqueue(Delivery delivery, long now) {
        if (!delivery.deliveryKey().isEmpty() && rememberedKeys.putIfAbsent(delivery.deliveryKey(), Boolean.TRUE) != null) {
            return false;
        }
        if (conversations.size() > sweepAbove) {
            sweepIdle(now);
        }
        Conversation conversation = conversations.computeIfAbsent(delivery.conversation(), key -> new Conversation(key,
                new Pace((delivery.toSpace() ? settings.spaceInterval() : settings.conversationInterval()).toNanos(),
                        settings.conversationBurst())));
        unplace(conversation);
        for (int step = 0; step < delivery.steps().size(); step++) {
            conversation.pending.add(new Item(delivery, step, nextSeq++, conversation));
            queued++;
        }
        place(conversation, now);
        return true;
    }

    Next next(long now) {
        promoteDue(now);
        if (ready.isEmpty()) {
            return waiting.isEmpty() ? new Next.Idle() : new Next.WaitUntil(waiting.first().readyAt);
        }
        long overallAt = overall.earliest(now);
        if (overallAt - now > 0) {
            return new Next.WaitUntil(overallAt);
        }
        Conversation conversation = ready.pollFirst();
        conversation.placement = Placement.NONE;
        Item item = conversation.pending.poll();
        conversation.inFlight = true;
        overall.take(now);
        conversation.pace.take(now);
        queued--;
        inFlight++;
        return new Next.Send(item);
    }

    /** How many calls could go right now, for waking that many workers at once after a late wake-up. */
    int sendableNow(long now) {
        promoteDue(now);
        return Math.min(ready.size(), overall.allowance(now));
    }

    private void promoteDue(long now) {
        while (!waiting.isEmpty() && waiting.first().readyAt - now <= 0) {
            Conversation due = waiting.pollFirst();
            due.placement = Placement.READY;
            ready.add(due);
        }
    }

    /** Records how an attempt ended and decides what follows; a failed call goes back to the head of its queue. */
    Verdict complete(Item item, DeliveryFailure failure, long now) {
        Conversation conversation = item.conversation;
        conversation.inFlight = false;
        inFlight--;
        Verdict verdict;
        if (failure == null) {
            verdict = new Verdict(Outcome.SENT, Duration.ZERO, item.failures + 1, 0);
        } else {
            item.failures++;
            verdict = switch (failure.kind()) {
                case RATE_LIMITED, TRANSIENT -> retryOrGiveUp(item, failure, now);
                case UNREACHABLE -> new Verdict(Outcome.UNREACHABLE, Duration.ZERO, item.failures, dropAll(conversation));
                case REJECTED -> new Verdict(Outcome.REJECTED, Duration.ZERO, item.failures, dropRest(item));
            };
        }
        place(conversation, now);
        return verdict;
    }

    private Verdict retryOrGiveUp(Item item, DeliveryFailure failure, long now) {
        if (item.failures >= settings.maxAttempts()) {
            return new Verdict(Outcome.GAVE_UP, Duration.ZERO, item.failures, dropRest(item));
        }
        Duration delay = failure.kind() == DeliveryFailure.Kind.RATE_LIMITED
                ? failure.retryAfter()
                : backoff(item.failures);
        Conversation conversation = item.conversation;
        long until = now + delay.toNanos();
        if (!conversation.held || until - conversation.holdUntil > 0) {
            conversation.holdUntil = until;
            conversation.held = true;
        }
        conversation.pending.add(item);
        queued++;
        return new Verdict(Outcome.RETRY, delay, item.failures, 0);
    }

    /** Exponential backoff: base, 2×base, 4×base, ... capped. */
    Duration backoff(int failures) {
        Duration delay = settings.backoffBase();
        for (int i = 1; i < failures && delay.compareTo(settings.backoffMax()) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(settings.backoffMax()) > 0 ? settings.backoffMax() : delay;
    }

    /** The later steps of the same delivery make no sense without this one. */
    private int dropRest(Item failed) {
        int dropped = 0;
        for (Iterator<Item> it = failed.conversation.pending.iterator(); it.hasNext(); ) {
            if (it.next().delivery == failed.delivery) {
                it.remove();
                dropped++;
            }
        }
        queued -= dropped;
        return dropped;
    }

    private int dropAll(Conversation conversation) {
        int dropped = conversation.pending.size();
        conversation.pending.clear();
        queued -= dropped;
        return dropped;
    }

    /** Calls waiting (not counting those in flight). */
    int queued() {
        return queued;
    }

    int inFlight() {
        return inFlight;
    }

    /** Drops everything still queued, for a shutdown that cannot wait longer; returns how many calls. */
    int dropQueued() {
        int dropped = queued;
        for (Conversation conversation : conversations.values()) {
            conversation.pending.clear();
        }
        ready.forEach(c -> c.placement = Placement.NONE);
        waiting.forEach(c -> c.placement = Placement.NONE);
        ready.clear();
        waiting.clear();
        queued = 0;
        return dropped;
    }

    private void unplace(Conversation conversation) {
        if (conversation.placement == Placement.READY) {
            ready.remove(conversation);
        } else if (conversation.placement == Placement.WAITING) {
            waiting.remove(conversation);
        }
        conversation.placement = Placement.NONE;
    }

    private void place(Conversation conversation, long now) {
        Item head = conversation.head();
        if (head == null || conversation.inFlight) {
            return;
        }
        long at = head.delivery.urgency() == Message.Urgency.CRISIS ? now : conversation.pace.earliest(now);
        if (conversation.held && conversation.holdUntil - at > 0) {
            at = conversation.holdUntil;
        }
        if (at - now <= 0) {
            conversation.placement = Placement.READY;
            ready.add(conversation);
        } else {
            conversation.readyAt = at;
            conversation.placement = Placement.WAITING;
            waiting.add(conversation);
        }
    }

    /** Forgets conversations with nothing queued whose pace and holds have run out. */
    private void sweepIdle(long now) {
        conversations.values().removeIf(c -> c.pending.isEmpty() && !c.inFlight && c.pace.idleAt(now)
                && (!c.held || c.holdUntil - now <= 0));
        sweepAbove = Math.max(1024, conversations.size() * 2);
    }

    int conversationsKnown() {
        return conversations.size();
    }
}
