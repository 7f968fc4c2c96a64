package app.kindred.adapter;

import app.kindred.core.contract.Address;
import app.kindred.core.contract.Lifecycle;
import app.kindred.core.contract.Message;
import app.kindred.core.contract.Platform;
import app.kindred.core.delivery.Delivery;
import app.kindred.core.delivery.DeliveryFailure;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

class OutboxEventsTest {

    private static final Address.Direct MEMBER = new Address.Direct(Platform.DISCORD, "guild", "42", "42");

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final List<String> happened = new ArrayList<>();
    private final PlatformEvents events = new PlatformEvents(event -> happened.add("reported " + event), registry);

    /** An adapter's events as the adapters write them: the kit's, plus what it does with a dropped delivery. */
    private final class PlatformEvents extends OutboxEvents {
        PlatformEvents(Consumer<Lifecycle> report, MeterRegistry registry) {
            super(Platform.DISCORD, new Descriptions("calls that succeeded", "429s", "members gone", "refused"),
                    report, registry);
        }

        @Override
        protected void dropped(Delivery delivery, DeliveryFailure failure) {
            happened.add("dropped " + delivery.logId());
        }
    }

    @Test
    void every_counter_carries_the_platform_tag_and_its_description() {
        Delivery delivery = delivery(MEMBER);
        events.sent(delivery);
        events.retrying(delivery, DeliveryFailure.rateLimited(Duration.ofSeconds(1), "429"), Duration.ofSeconds(1));
        events.retrying(delivery, DeliveryFailure.transientFailure("502", null), Duration.ofMillis(100));
        events.gaveUp(delivery, DeliveryFailure.transientFailure("502", null), 3);
        events.unreachable(delivery, DeliveryFailure.unreachable("403"));
        events.rejected(delivery, DeliveryFailure.rejected("400"));
        events.duplicate(delivery);

        assertThat(registry.getMeters()).hasSize(7)
                .allSatisfy(meter -> assertThat(meter.getId().getTag("platform")).isEqualTo("discord"));
        assertThat(count("kindred.outbox.sent")).isEqualTo(1);
        assertThat(count("kindred.outbox.retries")).isEqualTo(2);
        assertThat(count("kindred.outbox.rate.limited")).isEqualTo(1);
        assertThat(count("kindred.outbox.gave.up")).isEqualTo(1);
        assertThat(count("kindred.outbox.unreachable")).isEqualTo(1);
        assertThat(count("kindred.outbox.rejected")).isEqualTo(1);
        assertThat(count("kindred.outbox.duplicates")).isEqualTo(1);
        assertThat(registry.get("kindred.outbox.rate.limited").counter().getId().getDescription()).isEqualTo("429s");
    }

    @Test
    void a_dropped_delivery_is_handed_to_the_adapter_before_an_unreachable_member_is_reported() {
        Delivery delivery = delivery(MEMBER);
        events.gaveUp(delivery, DeliveryFailure.transientFailure("502", null), 3);
        events.rejected(delivery, DeliveryFailure.rejected("400"));
        events.unreachable(delivery, DeliveryFailure.unreachable("403"));

        assertThat(happened).containsExactly("dropped member-x", "dropped member-x", "dropped member-x",
                "reported " + new Lifecycle.MemberUnreachable(Platform.DISCORD, "guild", "42"));
    }

    @Test
    void an_unreachable_space_is_no_member_to_report() {
        events.unreachable(delivery(new Address.Space(Platform.DISCORD, "guild", "7")), DeliveryFailure.unreachable("403"));

        assertThat(happened).containsExactly("dropped member-x");
    }

    @Test
    void a_core_that_cannot_take_the_report_does_not_break_the_outbox() {
        OutboxEvents failing = new PlatformEvents(event -> {
            throw new IllegalStateException("the core is stopping");
        }, null);

        assertThatCode(() -> failing.unreachable(delivery(MEMBER), DeliveryFailure.unreachable("403")))
                .doesNotThrowAnyException();
    }

    private double count(String name) {
        return registry.get(name).counter().count();
    }

    private static Delivery delivery(Address to) {
        return new Delivery(to, Message.Urgency.REPLY, "", "member-x", List.of(() -> { }));
    }
}
