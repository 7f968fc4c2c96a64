package app.kindred.core.delivery;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A platform-neutral outbox: paces calls to a platform's overall and per-conversation limits, sends
 * crisis replies first, honours retry-after, retries transient failures with backoff and gives up loudly
 * after a bound, refuses a delivery key twice, and reports recipients who are gone for good. Adapters
 * hand it {@link Delivery deliveries} whose steps call their SDK.
 *
 * <p>Its worker threads belong to this instance; {@link #close()} lets queued calls drain for a while,
 * then stops them and says how many were dropped.
 */
public final class Outbox implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(Outbox.class.getName());

    private final String name;
    private final OutboxSettings settings;
    private final OutboxListener listener;
    private final OutboxSchedule schedule;
    private final ReentrantLock lock = new ReentrantLock();
    /** Workers wait here for calls; one is signalled per change. */
    private final Condition work = lock.newCondition();
    /** {@link #awaitIdle} waits here. */
    private final Condition drained = lock.newCondition();
    private final List<Thread> workers = new ArrayList<>();
    private final AtomicLong sent = new AtomicLong();
    private final AtomicLong rateLimited = new AtomicLong();
    private final AtomicLong retried = new AtomicLong();
    private final AtomicLong gaveUp = new AtomicLong();
    private final AtomicLong unreachable = new AtomicLong();
    private final AtomicLong rejected = new AtomicLong();
    private final AtomicLong duplicates = new AtomicLong();
    /** Attempts finished but not yet reported; idle waits for them, so a test or shutdown sees every report. */
    private int reporting;
    private Thread leader;
    private long leaderUntil;
    private boolean closing;
    private boolean stopped;
    private long drainDeadline;

    private Outbox(String name, OutboxSettings settings, OutboxListener listener) {
        this.name = name;
        this.settings = settings;
        this.listener = listener == null ? OutboxListener.NONE : listener;
        this.schedule = new OutboxSchedule(settings);
    }

    /** Creates an outbox and starts its worker threads, named after the platform. */
    public static Outbox start(String name, OutboxSettings settings, OutboxListener listener) {
        Outbox outbox = new Outbox(name, settings, listener);
        for (int i = 0; i < settings.workers(); i++) {
            Thread worker = new Thread(outbox::work, name + "-outbox-" + i);
            worker.setDaemon(true);
            outbox.workers.add(worker);
        }
        outbox.workers.forEach(Thread::start);
        return outbox;
    }

    /**
     * Queues a delivery. Returns false, and sends nothing, when its key was already delivered or queued,
     * or when the outbox is closing.
     */
    public boolean submit(Delivery delivery) {
        boolean accepted;
        lock.lock();
        try {
            if (closing) {
                LOG.log(System.Logger.Level.WARNING, "{0} outbox is closing; a delivery to member {1} was not queued",
                        name, delivery.logId());
                return false;
            }
            accepted = schedule.enqueue(delivery, System.nanoTime());
            if (accepted) {
                work.signal();
            }
        } finally {
            lock.unlock();
        }
        if (!accepted) {
            duplicates.incrementAndGet();
            LOG.log(System.Logger.Level.INFO, "{0} outbox refused a second delivery with the same key to member {1}",
                    name, delivery.logId());
            listener.duplicate(delivery);
        }
        return accepted;
    }

    public OutboxStats stats() {
        lock.lock();
        try {
            return new OutboxStats(sent.get(), rateLimited.get(), retried.get(), gaveUp.get(), unreachable.get(),
                    rejected.get(), duplicates.get(), schedule.queued(), schedule.inFlight());
        } finally {
            lock.unlock();
        }
    }

    /** Whether nothing is queued or being sent. */
    public boolean isIdle() {
        lock.lock();
        try {
            return schedule.queued() == 0 && schedule.inFlight() == 0 && reporting == 0;
        } finally {
            lock.unlock();
        }
    }

    /** Waits until nothing is queued or in flight, or the timeout passes; true when idle. */
    public boolean awaitIdle(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        lock.lock();
        try {
            while (schedule.queued() > 0 || schedule.inFlight() > 0 || reporting > 0) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                drained.awaitNanos(left);
            }
            return true;
        } finally {
            lock.unlock();
        }
    }

    public boolean isRunning() {
        lock.lock();
        try {
            return !closing && workers.stream().anyMatch(Thread::isAlive);
        } finally {
            lock.unlock();
        }
    }

    private void work() {
        boolean reported = false;
        while (true) {
            OutboxSchedule.Item item = takeNext(reported);
            if (item == null) {
                return;
            }
            DeliveryFailure failure = attempt(item);
            OutboxSchedule.Verdict verdict;
            lock.lock();
            try {
                verdict = schedule.complete(item, failure, System.nanoTime());
                reporting++;
                // The conversation may have its next call ready now.
                work.signal();
            } finally {
                lock.unlock();
            }
            try {
                report(item, failure, verdict);
            } catch (RuntimeException e) {
                // A failing listener must not take a worker thread down with it.
                LOG.log(System.Logger.Level.ERROR, name + " outbox listener failed for member " + item.delivery.logId(), e);
            }
            reported = true;
        }
    }

    /**
     * Waits for the next call that may go now. Leader and followers: one worker at a time sleeps until
     * the next call's time and the others sleep until handed work, so a paced outbox wakes one or two
     * threads per call instead of all of them.
     */
    private OutboxSchedule.Item takeNext(boolean reportedOne) {
        lock.lock();
        try {
            if (reportedOne) {
                reporting--;
                signalIfDrained();
            }
            while (true) {
                long now = System.nanoTime();
                if (stopped || closing && now - drainDeadline >= 0) {
                    work.signalAll();
                    return null;
                }
                OutboxSchedule.Next next = schedule.next(now);
                if (next instanceof OutboxSchedule.Next.Send send) {
                    // Wake one worker to wait for the next call, or several when a late wake-up left calls overdue.
                    int wake = schedule.queued() == 0 ? 0 : Math.max(1, Math.min(schedule.sendableNow(now), workers.size()));
                    for (int i = 0; i < wake; i++) {
                        work.signal();
                    }
                    return send.item();
                }
                if (next instanceof OutboxSchedule.Next.WaitUntil wait) {
                    long until = closing && wait.nanos() - drainDeadline > 0 ? drainDeadline : wait.nanos();
                    if (leader == null || until - leaderUntil < 0) {
                        Thread me = Thread.currentThread();
                        leader = me;
                        leaderUntil = until;
                        work.awaitNanos(Math.max(until - now, 1));
                        if (leader == me) {
                            leader = null;
                        }
                    } else {
                        work.await();
                    }
                } else if (closing) {
                    if (schedule.inFlight() == 0) {
                        // Drained: let the other workers see it too.
                        work.signalAll();
                        return null;
                    }
                    work.awaitNanos(Math.max(drainDeadline - now, 1));
                } else {
                    work.await();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } finally {
            lock.unlock();
        }
    }

    private void signalIfDrained() {
        if (schedule.queued() == 0 && schedule.inFlight() == 0 && reporting == 0) {
            drained.signalAll();
        }
    }

    private static DeliveryFailure attempt(OutboxSchedule.Item item) {
        try {
            item.call().send();
            return null;
        } catch (DeliveryFailure failure) {
            return failure;
        } catch (RuntimeException bug) {
            // A step that throws is an adapter bug: retrying would throw again, so the message is dropped, loudly.
            LOG.log(System.Logger.Level.ERROR, "a delivery step to member " + item.delivery.logId() + " threw", bug);
            return DeliveryFailure.rejected("the adapter failed to build the call: " + bug.getClass().getSimpleName());
        }
    }

    private void report(OutboxSchedule.Item item, DeliveryFailure failure, OutboxSchedule.Verdict verdict) {
        Delivery delivery = item.delivery;
        if (failure != null && failure.kind() == DeliveryFailure.Kind.RATE_LIMITED) {
            rateLimited.incrementAndGet();
        }
        switch (verdict.outcome()) {
            case SENT -> {
                sent.incrementAndGet();
                listener.sent(delivery);
            }
            case RETRY -> {
                retried.incrementAndGet();
                LOG.log(System.Logger.Level.DEBUG, "{0} outbox retries a call to member {1} in {2} ms ({3})",
                        name, delivery.logId(), verdict.delay().toMillis(), failure.reason());
                listener.retrying(delivery, failure, verdict.delay());
            }
            case GAVE_UP -> {
                gaveUp.incrementAndGet();
                LOG.log(System.Logger.Level.ERROR,
                        "{0} outbox gave up delivering to member {1} after {2} attempts ({3}); {4} later calls of it dropped",
                        name, delivery.logId(), verdict.attempts(), failure.reason(), verdict.dropped());
                listener.gaveUp(delivery, failure, verdict.attempts());
            }
            case UNREACHABLE -> {
                unreachable.incrementAndGet();
                LOG.log(System.Logger.Level.WARNING,
                        "{0} outbox: member {1} cannot be reached any more ({2}); {3} queued calls dropped",
                        name, delivery.logId(), failure.reason(), verdict.dropped());
                listener.unreachable(delivery, failure);
            }
            case REJECTED -> {
                rejected.incrementAndGet();
                LOG.log(System.Logger.Level.ERROR, "{0} outbox: the platform refused a delivery to member {1} ({2})",
                        name, delivery.logId(), failure.reason());
                listener.rejected(delivery, failure);
            }
        }
    }

    /**
     * Stops taking deliveries, lets queued calls go out for up to the configured drain time, then stops
     * the workers. Calls still queued after that are dropped and counted in one log line.
     */
    @Override
    public void close() {
        lock.lock();
        try {
            if (closing) {
                return;
            }
            closing = true;
            drainDeadline = System.nanoTime() + settings.drainOnClose().toNanos();
            work.signalAll();
        } finally {
            lock.unlock();
        }
        long joinUntil = System.nanoTime() + settings.drainOnClose().toNanos() + TimeUnit.SECONDS.toNanos(5);
        for (Thread worker : workers) {
            joinQuietly(worker, joinUntil);
        }
        int dropped;
        lock.lock();
        try {
            stopped = true;
            work.signalAll();
            dropped = schedule.dropQueued();
            drained.signalAll();
        } finally {
            lock.unlock();
        }
        for (Thread worker : workers) {
            if (worker.isAlive()) {
                // Still inside a platform call after the grace period: interrupt it.
                worker.interrupt();
                joinQuietly(worker, System.nanoTime() + TimeUnit.SECONDS.toNanos(2));
            }
        }
        if (dropped > 0) {
            LOG.log(System.Logger.Level.ERROR, "{0} outbox closed with {1} calls not delivered", name, dropped);
        }
    }

    private static void joinQuietly(Thread thread, long untilNanos) {
        long left = untilNanos - System.nanoTime();
        if (left <= 0) {
            return;
        }
        try {
            thread.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
