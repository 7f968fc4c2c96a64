package app.kindred.core.delivery;

import app.kindred.core.contract.Address;
import app.kindred.core.contract.Message;
import app.kindred.core.contract.Platform;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The outbox's decisions, driven by a hand-moved clock (nanoseconds since the test began). */
class OutboxScheduleTest {

    private static final long MS = 1_000_000L;
    private static final Delivery.Step NOOP = () -> { };

    private final OutboxSettings telegramLike = new OutboxSettings(10, 1, Duration.ofSeconds(1), Duration.ofSeconds(3),
            1, 4, 3, Duration.ofMillis(500), Duration.ofSeconds(4), 1000, Duration.ZERO);
    private final OutboxSchedule schedule = new OutboxSchedule(telegramLike);
    private long now = 0;

    @Test
    void the_overall_rate_spaces_calls_evenly() {
        for (int i = 0; i < 5; i++) {
            schedule.enqueue(to("member-" + i, Message.Urgency.REPLY), now);
        }
        List<Long> sentAt = drain(2_000 * MS);
        assertThat(sentAt).containsExactly(0L, 100 * MS, 200 * MS, 300 * MS, 400 * MS);
    }

    @Test
    void one_member_gets_one_message_a_second_while_others_go_in_between() {
        schedule.enqueue(to("maya", Message.Urgency.REPLY), now);
        schedule.enqueue(to("maya", Message.Urgency.REPLY), now);
        schedule.enqueue(to("sam", Message.Urgency.REPLY), now);

        OutboxSchedule.Item first = sendNow();
        assertThat(first.delivery.to()).isEqualTo(address("maya"));
        schedule.complete(first, null, now);
        now += 100 * MS;
        assertThat(sendNow().delivery.to()).isEqualTo(address("sam"));
        now += 100 * MS;
        assertThat(schedule.next(now)).isEqualTo(new OutboxSchedule.Next.WaitUntil(1_000 * MS));
    }

    @Test
    void crisis_replies_jump_the_queue_and_the_members_own_pace() {
        schedule.enqueue(to("ali", Message.Urgency.REPLY), now);
        schedule.complete(sendNow(), null, now);

        now += 100 * MS;
        schedule.enqueue(to("bo", Message.Urgency.SCHEDULED), now);
        schedule.enqueue(to("ali", Message.Urgency.CRISIS), now);
        OutboxSchedule.Item next = sendNow();
        assertThat(next.delivery.urgency()).isEqualTo(Message.Urgency.CRISIS);
        assertThat(next.delivery.to()).isEqualTo(address("ali"));
    }

    @Test
    void a_rate_limit_holds_the_conversation_for_the_retry_after_the_platform_gave() {
        schedule.enqueue(to("noor", Message.Urgency.CRISIS), now);
        OutboxSchedule.Item item = sendNow();

        var verdict = schedule.complete(item, DeliveryFailure.rateLimited(Duration.ofSeconds(7), "429"), now);

        assertThat(verdict.outcome()).isEqualTo(OutboxSchedule.Outcome.RETRY);
        assertThat(schedule.next(now)).isEqualTo(new OutboxSchedule.Next.WaitUntil(7_000 * MS));
        now = 7_000 * MS;
        assertThat(sendNow()).isSameAs(item);
    }

    @Test
    void transient_failures_back_off_doubling_then_give_up_and_drop_the_rest_of_the_message() {
        OutboxSchedule schedule = new OutboxSchedule(telegramLike.withConversation(Duration.ZERO, Duration.ZERO, 1));
        Delivery twoSteps = new Delivery(address("jo"), Message.Urgency.REPLY, "", "member-jo", List.of(NOOP, NOOP));
        schedule.enqueue(twoSteps, now);
        DeliveryFailure down = DeliveryFailure.transientFailure("502 Bad Gateway", null);

        OutboxSchedule.Item step = sendNow(schedule);
        assertThat(schedule.complete(step, down, now).delay()).isEqualTo(Duration.ofMillis(500));
        assertThat(schedule.next(now)).isEqualTo(new OutboxSchedule.Next.WaitUntil(500 * MS));
        now += 500 * MS;
        assertThat(schedule.complete(sendNow(schedule), down, now).delay()).isEqualTo(Duration.ofSeconds(1));
        now += 1_000 * MS;
        var verdict = schedule.complete(sendNow(schedule), down, now);

        assertThat(verdict.outcome()).isEqualTo(OutboxSchedule.Outcome.GAVE_UP);
        assertThat(verdict.attempts()).isEqualTo(3);
        assertThat(verdict.dropped()).isEqualTo(1);
        assertThat(schedule.queued()).isZero();
        assertThat(schedule.next(now + 10_000 * MS)).isInstanceOf(OutboxSchedule.Next.Idle.class);
    }

    @Test
    void after_a_late_wake_up_the_overdue_calls_may_go_at_once_up_to_the_burst() {
        OutboxSchedule bursty = new OutboxSchedule(telegramLike.withRate(10, 3));
        for (int i = 0; i < 10; i++) {
            bursty.enqueue(to("member-" + i, Message.Urgency.REPLY), now);
        }
        assertThat(bursty.sendableNow(now)).isEqualTo(3);
        for (int i = 0; i < 3; i++) {
            assertThat(bursty.next(now)).isInstanceOf(OutboxSchedule.Next.Send.class);
        }
        assertThat(bursty.sendableNow(now)).isZero();
        assertThat(bursty.next(now)).isEqualTo(new OutboxSchedule.Next.WaitUntil(100 * MS));

        now = 250 * MS;
        assertThat(bursty.sendableNow(now)).as("two intervals late").isEqualTo(2);
    }

    @Test
    void backoff_is_capped() {
        assertThat(schedule.backoff(1)).isEqualTo(Duration.ofMillis(500));
        assertThat(schedule.backoff(3)).isEqualTo(Duration.ofSeconds(2));
        assertThat(schedule.backoff(10)).isEqualTo(Duration.ofSeconds(4));
    }

    @Test
    void an_unreachable_member_loses_everything_queued_for_them_and_nobody_else_does() {
        schedule.enqueue(to("gone", Message.Urgency.REPLY), now);
        schedule.enqueue(to("gone", Message.Urgency.SCHEDULED), now);
        schedule.enqueue(to("here", Message.Urgency.SCHEDULED), now);

        OutboxSchedule.Item first = sendNow();
        var verdict = schedule.complete(first, DeliveryFailure.unreachable("Forbidden: bot was blocked by the user"), now);

        assertThat(verdict.outcome()).isEqualTo(OutboxSchedule.Outcome.UNREACHABLE);
        assertThat(verdict.dropped()).isEqualTo(1);
        now += 100 * MS;
        assertThat(sendNow().delivery.to()).isEqualTo(address("here"));
        assertThat(schedule.queued()).isZero();
    }

    @Test
    void a_delivery_key_is_accepted_once() {
        Delivery checkIn = new Delivery(address("maya"), Message.Urgency.SCHEDULED, "checkin:maya:2026-03-02", "m", List.of(NOOP));

        assertThat(schedule.enqueue(checkIn, now)).isTrue();
        assertThat(schedule.enqueue(checkIn, now)).isFalse();
        assertThat(schedule.queued()).isEqualTo(1);
        assertThat(schedule.enqueue(to("maya", Message.Urgency.REPLY), now)).as("no key, no deduplication").isTrue();
    }

    @Test
    void a_conversation_never_has_two_calls_in_flight_so_its_messages_keep_their_order() {
        OutboxSettings fast = telegramLike.withRate(1000, 10).withConversation(Duration.ZERO, Duration.ZERO, 10);
        OutboxSchedule quick = new OutboxSchedule(fast);
        quick.enqueue(to("maya", Message.Urgency.REPLY), now);
        quick.enqueue(to("maya", Message.Urgency.REPLY), now);

        var first = (OutboxSchedule.Next.Send) quick.next(now);
        assertThat(quick.next(now)).isInstanceOf(OutboxSchedule.Next.Idle.class);
        quick.complete(first.item(), null, now);
        var second = (OutboxSchedule.Next.Send) quick.next(now);
        assertThat(second.item().seq).isGreaterThan(first.item().seq);
    }

    @Test
    void groups_are_paced_more_slowly_than_direct_chats() {
        Address.Space group = new Address.Space(Platform.TELEGRAM, "direct", "-100123");
        schedule.enqueue(new Delivery(group, Message.Urgency.REPLY, "", "space", List.of(NOOP)), now);
        schedule.enqueue(new Delivery(group, Message.Urgency.REPLY, "", "space", List.of(NOOP)), now);

        schedule.complete(sendNow(), null, now);
        assertThat(schedule.next(now)).isEqualTo(new OutboxSchedule.Next.WaitUntil(3_000 * MS));
    }

    private List<Long> drain(long until) {
        List<Long> times = new ArrayList<>();
        while (now <= until) {
            OutboxSchedule.Next next = schedule.next(now);
            if (next instanceof OutboxSchedule.Next.Send send) {
                times.add(now);
                schedule.complete(send.item(), null, now);
            } else if (next instanceof OutboxSchedule.Next.WaitUntil wait) {
                now = wait.nanos();
            } else {
                break;
            }
        }
        return times;
    }

    private OutboxSchedule.Item sendNow() {
        return sendNow(schedule);
    }

    private OutboxSchedule.Item sendNow(OutboxSchedule schedule) {
        OutboxSchedule.Next next = schedule.next(now);
        assertThat(next).isInstanceOf(OutboxSchedule.Next.Send.class);
        return ((OutboxSchedule.Next.Send) next).item();
    }

    private static Delivery to(String member, Message.Urgency urgency) {
        return new Delivery(address(member), urgency, "", "member-" + member, List.of(NOOP));
    }

    private static Address.Direct address(String member) {
        return new Address.Direct(Platform.TELEGRAM, "direct", member, member);
    }
}
