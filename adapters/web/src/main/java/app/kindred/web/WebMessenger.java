package app.kindred.web;

import app.kindred.core.contract.Address;
import app.kindred.core.contract.Inbound;
import app.kindred.core.contract.Lifecycle;
import app.kindred.core.contract.Message;
import app.kindred.core.contract.OpenSpace;
import app.kindred.core.contract.Outbound;
import app.kindred.core.contract.Platform;
import app.kindred.core.contract.RetireButtons;
import app.kindred.core.delivery.Messenger;
import app.kindred.core.prompts.Prompts;
import app.kindred.core.prompts.Say;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Delivers what Kindred sends on the web: into the member's tab, rendered as HTML, through its stream.
 * A member whose tab is gone for good is reported unreachable; a request to open a space is refused,
 * because on the web a group meets as a relay circle, each member in their own tab.
 */
final class WebMessenger implements Messenger {

    private static final System.Logger LOG = System.getLogger(WebMessenger.class.getName());

    private final ChatSessions sessions;
    private final Prompts prompts;
    private final Consumer<Inbound> reports;

    /**
     * @param reports where lifecycle events go back into Kindred; called after delivery returns, never inside it
     */
    WebMessenger(ChatSessions sessions, Prompts prompts, Consumer<Inbound> reports) {
        this.sessions = sessions;
        this.prompts = prompts;
        this.reports = reports;
    }

    @Override
    public Platform platform() {
        return Platform.WEB;
    }

    @Override
    public void deliver(Outbound outbound) {
        if (outbound instanceof Message message) {
            deliverMessage(message);
        } else if (outbound instanceof RetireButtons retire) {
            retire(retire);
        } else if (outbound instanceof OpenSpace open) {
            reports.accept(new Lifecycle.SpaceNotOpened(Platform.WEB, open.community(), open.requestId(), "unsupported"));
        }
    }

    private void deliverMessage(Message message) {
        if (!(message.to() instanceof Address.Direct to)) {
            LOG.log(System.Logger.Level.WARNING, "the web chat has no shared spaces; a message to a space was dropped");
            return;
        }
        sessions.byMember(to.community(), to.userId()).ifPresentOrElse(session -> {
            Say say = new Say(prompts, session.pageLanguage());
            session.publish("message", seq -> {
                String ref = "m" + seq;
                Map<String, Object> event = new LinkedHashMap<>();
                event.put("ref", ref);
                event.put("urgent", message.urgency() == Message.Urgency.CRISIS);
                event.put("html", MessageHtml.render(message, ref, say));
                return JsonLine.of(event);
            });
        }, () -> reports.accept(new Lifecycle.MemberUnreachable(Platform.WEB, to.community(), to.userId())));
    }

    private void retire(RetireButtons retire) {
        if (retire.where() instanceof Address.Direct where) {
            sessions.byMember(where.community(), where.userId()).ifPresent(session ->
                    session.publish("retire", seq -> JsonLine.of(Map.of("ref", retire.messageRef()))));
        }
    }
}
