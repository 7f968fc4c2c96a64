package app.kindred.telegram;

import app.kindred.core.contract.Address;
import app.kindred.core.contract.Lifecycle;
import app.kindred.core.contract.Message;
import app.kindred.core.contract.Platform;
import app.kindred.core.delivery.Delivery;
import app.kindred.core.delivery.DeliveryFailure;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TelegramOutboxEventsTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final List<Lifecycle> toCore = new ArrayList<>();
    private final TelegramOutboxEvents events = new TelegramOutboxEvents(toCore::add, registry);

    @Test
    void a_member_who_blocked_kindred_goes_back_to_the_core_and_is_counted() {
        events.unreachable(delivery(new Address.Direct(Platform.TELEGRAM, "direct", "111", "111")),
                DeliveryFailure.unreachable("403 Forbidden: bot was blocked by the user"));

        assertThat(toCore).containsExactly(new Lifecycle.MemberUnreachable(Platform.TELEGRAM, "direct", "111"));
        assertThat(count("kindred.outbox.unreachable")).isEqualTo(1);
    }

    @Test
    void a_group_kindred_was_removed_from_is_counted_but_is_no_member() {
        events.unreachable(delivery(new Address.Space(Platform.TELEGRAM, "direct", "-100123")),
                DeliveryFailure.unreachable("403 Forbidden: bot was kicked from the supergroup chat"));

        assertThat(toCore).isEmpty();
        assertThat(count("kindred.outbox.unreachable")).isEqualTo(1);
    }

    @Test
    void retries_rate_limits_and_give_ups_are_counted_for_the_metrics_endpoint() {
        Delivery delivery = delivery(new Address.Direct(Platform.TELEGRAM, "direct", "111", "111"));
        events.retrying(delivery, DeliveryFailure.rateLimited(Duration.ofSeconds(3), "429"), Duration.ofSeconds(3));
        events.retrying(delivery, DeliveryFailure.transientFailure("502", null), Duration.ofMillis(500));
        events.gaveUp(delivery, DeliveryFailure.transientFailure("502", null), 5);
        events.sent(delivery);

        assertThat(count("kindred.outbox.retries")).isEqualTo(2);
        assertThat(count("kindred.outbox.rate.limited")).isEqualTo(1);
        assertThat(count("kindred.outbox.gave.up")).isEqualTo(1);
        assertThat(count("kindred.outbox.sent")).isEqualTo(1);
        assertThat(registry.get("kindred.outbox.sent").counter().getId().getTag("platform")).isEqualTo("telegram");
    }

    @Test
    void without_a_metrics_registry_nothing_breaks() {
        var bare = new TelegramOutboxEvents(toCore::add, null);
        Delivery delivery = delivery(new Address.Direct(Platform.TELEGRAM, "direct", "111", "111"));

        bare.sent(delivery);
        bare.unreachable(delivery, DeliveryFailure.unreachable("403"));

        assertThat(toCore).hasSize(1);
    }

    private double count(String name) {
        return registry.get(name).counter().count();
    }

    private static Delivery delivery(Address to) {
        return new Delivery(to, Message.Urgency.REPLY, "", "member-x", List.of(() -> { }));
    }
}
