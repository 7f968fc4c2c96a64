package app.kindred.core.testing;

import app.kindred.core.contract.Message;
import app.kindred.core.contract.Outbound;
import app.kindred.core.contract.Part;

import java.util.List;
import java.util.stream.Stream;

/** What Kindred answered one member event: the messages to that member, and everything else it did. */
public record Reply(List<Outbound> everything, List<Message> messages) {

    /** All text of the messages to the member, markup removed, joined by new lines. */
    public String text() {
        return String.join("\n", messages.stream().map(Message::plainText).toList());
    }

    public List<String> buttonLabels() {
        return parts(Part.Buttons.class).flatMap(row -> row.buttons().stream()).map(Part.Button::label).toList();
    }

    public List<String> buttonPayloads() {
        return parts(Part.Buttons.class).flatMap(row -> row.buttons().stream()).map(Part.Button::payload).toList();
    }

    public <P extends Part> Stream<P> parts(Class<P> kind) {
        return messages.stream().flatMap(m -> m.parts().stream()).filter(kind::isInstance).map(kind::cast);
    }

    public boolean isUrgent() {
        return messages.stream().anyMatch(m -> m.urgency() == Message.Urgency.CRISIS);
    }
}
