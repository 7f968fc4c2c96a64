package app.kindred.core.delivery;

import app.kindred.core.contract.Address;
import app.kindred.core.contract.Message;
import app.kindred.core.contract.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** The outbox with its threads, against a fake platform that records calls and fails on request. */
class OutboxTest {

    private final List<String> delivered = new CopyOnWriteArrayList<>();
    private final RecordingListener listener = new RecordingListener();
    private final OutboxSettings quick = new OutboxSettings(200, 5, Duration.ZERO, Duration.ZERO, 5, 4, 3,
            Duration.ofMillis(20), Duration.ofMillis(100), 1000, Duration.ofSeconds(2));
    private Outbox outbox;

    @AfterEach
    void close() {
        if (outbox != null) {
            outbox.close();
        }
    }

    @Test
    void the_retry_after_a_platform_asks_for_is_waited_out_before_trying_again() throws Exception {
        outbox = Outbox.start("test", quick, listener);
        List<Long> attempts = new CopyOnWriteArrayList<>();
        Delivery.Step limitedOnce = () -> {
            attempts.add(System.nanoTime());
            if (attempts.size() == 1) {
                throw DeliveryFailure.rateLimited(Duration.ofMillis(400), "Too Many Requests: retry after 1");
            }
        };

        outbox.submit(new Delivery(member("maya"), Message.Urgency.REPLY, "", "m-maya", List.of(limitedOnce)));

        assertThat(outbox.awaitIdle(Duration.ofSeconds(5))).isTrue();
        assertThat(attempts).hasSize(2);
        assertThat(attempts.get(1) - attempts.get(0)).isGreaterThanOrEqualTo(TimeUnit.MILLISECONDS.toNanos(400));
        assertThat(outbox.stats().rateLimited()).isEqualTo(1);
        assertThat(outbox.stats().sent()).isEqualTo(1);
    }

    @Test
    void a_platform_that_keeps_failing_is_given_up_on_loudly_after_the_bound() throws Exception {
        outbox = Outbox.start("test", quick, listener);
        AtomicInteger tries = new AtomicInteger();
        Delivery.Step broken = () -> {
            tries.incrementAndGet();
            throw DeliveryFailure.transientFailure("502 Bad Gateway", null);
        };

        outbox.submit(new Delivery(member("sam"), Message.Urgency.SCHEDULED, "k1", "m-sam", List.of(broken, record("never"))));

        assertThat(outbox.awaitIdle(Duration.ofSeconds(5))).isTrue();
        assertThat(tries).hasValue(3);
        assertThat(listener.gaveUp).containsExactly("m-sam after 3");
        assertThat(delivered).isEmpty();
        assertThat(outbox.stats().gaveUp()).isEqualTo(1);
        assertThat(outbox.stats().retried()).isEqualTo(2);
    }

    @Test
    void a_member_who_blocked_the_bot_is_reported_and_their_queue_dropped() throws Exception {
        outbox = Outbox.start("test", quick, listener);
        Delivery.Step blocked = () -> {
            throw DeliveryFailure.unreachable("Forbidden: bot was blocked by the user");
        };

        outbox.submit(new Delivery(member("gone"), Message.Urgency.REPLY, "", "m-gone", List.of(blocked)));
        outbox.submit(new Delivery(member("here"), Message.Urgency.REPLY, "", "m-here", List.of(record("hello here"))));

        assertThat(outbox.awaitIdle(Duration.ofSeconds(5))).isTrue();
        assertThat(listener.unreachable).containsExactly("m-gone");
        assertThat(delivered).containsExactly("hello here");
    }

    @Test
    void the_same_delivery_key_is_sent_once_even_when_submitted_from_many_threads() throws Exception {
        outbox = Outbox.start("test", quick, listener);
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> submitters = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            Thread t = new Thread(() -> {
                try {
                    go.await();
                } catch (InterruptedException e) {
                    return;
                }
                outbox.submit(new Delivery(member("maya"), Message.Urgency.SCHEDULED, "checkin:maya:0900", "m-maya",
                        List.of(record("how are you?"))));
            });
            t.start();
            submitters.add(t);
        }
        go.countDown();
        for (Thread t : submitters) {
            t.join();
        }

        assertThat(outbox.awaitIdle(Duration.ofSeconds(5))).isTrue();
        assertThat(delivered).containsExactly("how are you?");
        assertThat(outbox.stats().duplicates()).isEqualTo(7);
        assertThat(listener.duplicates).hasValue(7);
    }

    @Test
    void crisis_replies_overtake_a_queue_of_scheduled_messages() throws Exception {
        OutboxSettings slow = new OutboxSettings(20, 1, Duration.ZERO, Duration.ZERO, 1, 1, 3,
                Duration.ofMillis(20), Duration.ofMillis(100), 1000, Duration.ofSeconds(5));
        outbox = Outbox.start("test", slow, listener);
        for (int i = 0; i < 10; i++) {
            outbox.submit(new Delivery(member("m" + i), Message.Urgency.SCHEDULED, "", "m" + i, List.of(record("checkin " + i))));
        }
        outbox.submit(new Delivery(member("noor"), Message.Urgency.CRISIS, "", "m-noor", List.of(record("helplines"))));

        assertThat(outbox.awaitIdle(Duration.ofSeconds(5))).isTrue();
        assertThat(delivered.indexOf("helplines")).isLessThanOrEqualTo(1);
    }

    @Test
    void closing_drains_what_is_queued_and_leaves_no_thread_behind() throws Exception {
        outbox = Outbox.start("closing-test", quick, listener);
        for (int i = 0; i < 20; i++) {
            outbox.submit(new Delivery(member("m" + i), Message.Urgency.REPLY, "", "m" + i, List.of(record("hi " + i))));
        }

        outbox.close();

        assertThat(delivered).hasSize(20);
        assertThat(outbox.submit(new Delivery(member("late"), Message.Urgency.REPLY, "", "late", List.of(record("late")))))
                .isFalse();
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().startsWith("closing-test-outbox") && t.isAlive());
    }

    @Test
    void closing_does_not_wait_forever_for_a_held_conversation() throws Exception {
        outbox = Outbox.start("held-test", quick.withDrainOnClose(Duration.ofMillis(200)), listener);
        Delivery.Step limited = () -> {
            throw DeliveryFailure.rateLimited(Duration.ofSeconds(60), "Too Many Requests: retry after 60");
        };
        outbox.submit(new Delivery(member("x"), Message.Urgency.REPLY, "", "m-x", List.of(limited)));
        Thread.sleep(100);

        long start = System.nanoTime();
        outbox.close();

        assertThat(System.nanoTime() - start).isLessThan(TimeUnit.SECONDS.toNanos(5));
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().startsWith("held-test-outbox") && t.isAlive());
    }

    private Delivery.Step record(String text) {
        return () -> delivered.add(text);
    }

    private static Address.Direct member(String id) {
        return new Address.Direct(Platform.TELEGRAM, "direct", id, id);
    }

    private static final class RecordingListener implements OutboxListener {
        final List<String> gaveUp = Collections.synchronizedList(new ArrayList<>());
        final List<String> unreachable = Collections.synchronizedList(new ArrayList<>());
        final AtomicInteger duplicates = new AtomicInteger();

        @Override
        public void gaveUp(Delivery delivery, DeliveryFailure failure, int attempts) {
            gaveUp.add(delivery.logId() + " after " + attempts);
        }

        @Override
        public void unreachable(Delivery delivery, DeliveryFailure failure) {
            unreachable.add(delivery.logId());
        }

        @Override
        public void duplicate(Delivery delivery) {
            duplicates.incrementAndGet();
        }
    }
}
