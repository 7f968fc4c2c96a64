package app.kindred.core.delivery;

import app.kindred.core.contract.Address;
import app.kindred.core.contract.Message;
import app.kindred.core.contract.Part;
import app.kindred.core.contract.Platform;
import app.kindred.core.contract.RetireButtons;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DeliveryTest {

    private static final Address.Direct MAYA = new Address.Direct(Platform.SLACK, "T1", "U1", "D1");
    private static final List<Delivery.Step> ONE_STEP = List.of(() -> { });

    @Test
    void a_message_is_delivered_to_its_recipient_at_its_urgency_under_its_key() {
        Message checkin = new Message(MAYA, List.of(new Part.Text("How are you feeling?")), Message.Urgency.SCHEDULED,
                "checkin/2026-12-08");

        Delivery delivery = Delivery.of(checkin, "member-maya", ONE_STEP);

        assertThat(delivery.to()).isEqualTo(MAYA);
        assertThat(delivery.urgency()).isEqualTo(Message.Urgency.SCHEDULED);
        assertThat(delivery.deliveryKey()).isEqualTo("checkin/2026-12-08");
        assertThat(delivery.logId()).isEqualTo("member-maya");
    }

    @Test
    void retiring_buttons_is_an_ordinary_reply_without_a_key() {
        Delivery delivery = Delivery.retiring(new RetireButtons(MAYA, "D1/1772442001.000100"), "member-maya", ONE_STEP);

        assertThat(delivery.to()).isEqualTo(MAYA);
        assertThat(delivery.urgency()).isEqualTo(Message.Urgency.REPLY);
        assertThat(delivery.deliveryKey()).isEmpty();
    }
}
