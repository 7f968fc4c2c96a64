package app.kindred.core.delivery;

import app.kindred.core.contract.Address;
import app.kindred.core.contract.Inbound;
import app.kindred.core.contract.Message;
import app.kindred.core.contract.OpenSpace;
import app.kindred.core.contract.Outbound;
import app.kindred.core.contract.Platform;
import app.kindred.core.contract.RetireButtons;
import app.kindred.core.conversation.Kindred;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The one door into Kindred for adapters and the clock: hands an event to the core and each resulting
 * outbound to the messenger of its platform. Outbounds for a platform with no messenger (not enabled)
 * are dropped with a warning.
 */
public final class Dispatch {

    private static final System.Logger LOG = System.getLogger(Dispatch.class.getName());

    private final Kindred kindred;
    private final Map<Platform, Messenger> messengers = new EnumMap<>(Platform.class);

    public Dispatch(Kindred kindred) {
        this.kindred = kindred;
    }

    public Dispatch register(Messenger messenger) {
        messengers.put(messenger.platform(), messenger);
        return this;
    }

    public Kindred kindred() {
        return kindred;
    }

    /** Handles an event and delivers everything it produced; returns it too, for adapters that answer inline. */
    public List<Outbound> submit(Inbound event) {
        List<Outbound> out = kindred.handle(event);
        out.forEach(this::deliver);
        return out;
    }

    public void deliver(Outbound outbound) {
        Platform platform = platformOf(outbound);
        Messenger messenger = messengers.get(platform);
        if (messenger == null) {
            LOG.log(System.Logger.Level.WARNING, "no messenger for {0}; an outbound {1} was dropped",
                    platform, outbound.getClass().getSimpleName());
            return;
        }
        messenger.deliver(outbound);
    }

    public static Platform platformOf(Outbound outbound) {
        if (outbound instanceof Message message) {
            return platformOf(message.to());
        }
        if (outbound instanceof OpenSpace open) {
            return open.platform();
        }
        return platformOf(((RetireButtons) outbound).where());
    }

    private static Platform platformOf(Address address) {
        return address.platform();
    }
}
