package app.kindred.discord;

import app.kindred.core.contract.Address;
import app.kindred.core.contract.Lifecycle;
import app.kindred.core.contract.Message;
import app.kindred.core.contract.OpenSpace;
import app.kindred.core.contract.Outbound;
import app.kindred.core.contract.Platform;
import app.kindred.core.contract.RetireButtons;
import app.kindred.core.delivery.Delivery;
import app.kindred.core.delivery.DeliveryFailure;
import app.kindred.core.delivery.Messenger;
import app.kindred.core.delivery.Outbox;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.channel.concrete.PrivateChannel;
import net.dv8tion.jda.api.entities.channel.middleman.GuildMessageChannel;
import net.dv8tion.jda.api.entities.channel.middleman.MessageChannel;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.requests.ErrorResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Kindred's messenger on Discord: renders what the core sends into Discord messages and queues the calls
 * on the outbox, which paces and retries them. A reply to the member whose interaction is being handled
 * goes through that interaction's hook; anything else to a member goes to their DM with Kindred, and a
 * group's messages go to its private thread. Private spaces are opened by {@link PrivateThreads}.
 */
public final class DiscordMessenger implements Messenger {

    private static final Logger LOG = LoggerFactory.getLogger(DiscordMessenger.class);

    private final Supplier<JDA> jda;
    private final Outbox outbox;
    private final Function<Address, String> logIds;
    private final PrivateThreads threads;

    /**
     * @param jda    the connected client, once the gateway started
     * @param logIds gives the pseudonymous id of an address for logs
     * @param report takes the lifecycle events this messenger causes (space opened or not) back to the core
     */
    public DiscordMessenger(Supplier<JDA> jda, Outbox outbox, Function<Address, String> logIds, Consumer<Lifecycle> report,
                            DiscordSettings settings) {
        this.jda = jda;
        this.outbox = outbox;
        this.logIds = logIds;
        this.threads = new PrivateThreads(jda, outbox, settings, report, logIds);
    }

    @Override
    public Platform platform() {
        return Platform.DISCORD;
    }

    @Override
    public void deliver(Outbound outbound) {
        deliver(outbound, null);
    }

    /** Delivers an outbound; while an interaction is being answered, replies to its member use its hook. */
    void deliver(Outbound outbound, InteractionReply answering) {
        if (outbound instanceof Message message) {
            List<Delivery.Step> steps = DiscordRendering.render(message).stream()
                    .map(post -> step(message.to(), post, answering)).toList();
            outbox.submit(Delivery.of(message, logIds.apply(message.to()), steps));
        } else if (outbound instanceof RetireButtons retire) {
            outbox.submit(Delivery.retiring(retire, logIds.apply(retire.where()), List.of(retire(retire, answering))));
        } else if (outbound instanceof OpenSpace open) {
            threads.open(open);
        }
    }

    /** Called by the outbox's listener when a delivery is abandoned, so a half-made space is cleaned up. */
    void abandoned(Delivery delivery, DeliveryFailure failure) {
        threads.abandoned(delivery, failure);
    }

    private Delivery.Step step(Address to, DiscordRendering.Post post, InteractionReply answering) {
        if (to instanceof Address.Direct direct && answering != null && answering.answers(direct.userId())) {
            answering.markAnswered();
            return () -> {
                try {
                    answering.hook().sendMessage(post.data().get()).setEphemeral(answering.ephemeral()).complete();
                } catch (RuntimeException e) {
                    if (!DiscordFailures.isExpiredInteraction(e)) {
                        throw DiscordFailures.classify(e);
                    }
                    // The interaction's 15 minutes ran out (retries took long): the member still gets the reply, in their DM.
                    LOG.info("an interaction expired before its reply went out; the reply goes to the member's DM instead");
                    PrivateChannel channel = directChannel(direct);
                    call(() -> channel.sendMessage(post.data().get()).complete());
                }
            };
        }
        if (to instanceof Address.Direct direct) {
            return () -> {
                PrivateChannel channel = directChannel(direct);
                call(() -> channel.sendMessage(post.data().get()).complete());
            };
        }
        Address.Space space = (Address.Space) to;
        return () -> {
            GuildMessageChannel channel = spaceChannel(space);
            call(() -> channel.sendMessage(post.data().get()).complete());
        };
    }

    private Delivery.Step retire(RetireButtons retire, InteractionReply answering) {
        if (answering != null && !answering.messageRef().isEmpty() && answering.messageRef().equals(retire.messageRef())) {
            return () -> callIgnoringGone(() -> answering.hook().editOriginalComponents(List.of()).complete());
        }
        if (!retire.messageRef().matches("[0-9]{1,25}")) {
            return () -> { };
        }
        return () -> {
            MessageChannel channel = retire.where() instanceof Address.Direct direct ? directChannel(direct)
                    : spaceChannel((Address.Space) retire.where());
            callIgnoringGone(() -> channel.editMessageComponentsById(retire.messageRef(), List.of()).complete());
        };
    }

    /** Opens (or finds in JDA's cache) the member's DM channel with Kindred. */
    private PrivateChannel directChannel(Address.Direct direct) throws DeliveryFailure {
        try {
            return jda.get().openPrivateChannelById(direct.userId()).complete();
        } catch (RuntimeException e) {
            throw DiscordFailures.classify(e);
        }
    }

    private GuildMessageChannel spaceChannel(Address.Space space) throws DeliveryFailure {
        GuildMessageChannel channel = jda.get().getChannelById(GuildMessageChannel.class, space.spaceId());
        if (channel == null) {
            throw DeliveryFailure.rejected("Kindred cannot see the space (deleted, or Kindred was removed)");
        }
        return channel;
    }

    private static void call(Runnable call) throws DeliveryFailure {
        try {
            call.run();
        } catch (RuntimeException e) {
            throw DiscordFailures.classify(e);
        }
    }

    /** Taking buttons off a message that is gone (deleted, or an expired ephemeral) is nothing to worry about. */
    private static void callIgnoringGone(Runnable call) throws DeliveryFailure {
        try {
            call.run();
        } catch (ErrorResponseException e) {
            if (e.getErrorResponse() == ErrorResponse.UNKNOWN_MESSAGE || e.getErrorResponse() == ErrorResponse.UNKNOWN_WEBHOOK
                    || e.getErrorResponse() == ErrorResponse.UNKNOWN_INTERACTION) {
                LOG.debug("buttons of a message that no longer exists were not retired");
                return;
            }
            throw DiscordFailures.classify(e);
        } catch (RuntimeException e) {
            throw DiscordFailures.classify(e);
        }
    }
}
