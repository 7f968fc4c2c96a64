package app.kindred.discord;

import app.kindred.core.contract.Address;
import app.kindred.core.contract.Lifecycle;
import app.kindred.core.contract.Message;
import app.kindred.core.contract.OpenSpace;
import app.kindred.core.contract.Platform;
import app.kindred.core.contract.TextLimits;
import app.kindred.core.delivery.Delivery;
import app.kindred.core.delivery.DeliveryFailure;
import app.kindred.core.delivery.Outbox;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.channel.concrete.TextChannel;
import net.dv8tion.jda.api.entities.channel.concrete.ThreadChannel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Opens a group's private space on Discord: a private thread in the configured groups channel, with each
 * member added. The calls go through the outbox like any message (paced, retried); the outcome goes back
 * to the core as {@link Lifecycle.SpaceOpened} or {@link Lifecycle.SpaceNotOpened}, and a thread made
 * before a failure is deleted, so nothing is left half-made. Without a groups channel the answer is at
 * once "not opened", and the group meets as a relay circle.
 */
final class PrivateThreads {

    private static final Logger LOG = LoggerFactory.getLogger(PrivateThreads.class);
    static final String KEY_PREFIX = "dc-open-";
    private static final int NAME_LIMIT = 100;

    private final Supplier<JDA> jda;
    private final Outbox outbox;
    private final DiscordSettings settings;
    private final Consumer<Lifecycle> report;
    private final Function<Address, String> logIds;
    /** Openings in progress, by delivery key, so an abandoned one can be cleaned up and answered. */
    private final Map<String, Opening> openings = new ConcurrentHashMap<>();

    PrivateThreads(Supplier<JDA> jda, Outbox outbox, DiscordSettings settings, Consumer<Lifecycle> report,
                   Function<Address, String> logIds) {
        this.jda = jda;
        this.outbox = outbox;
        this.settings = settings;
        this.report = report;
        this.logIds = logIds;
    }

    void open(OpenSpace open) {
        if (!settings.groupsInThreads()) {
            LOG.info("a private space was asked for, but kindred.discord.groups-channel is not set (request {})", open.requestId());
            report.accept(new Lifecycle.SpaceNotOpened(Platform.DISCORD, open.community(), open.requestId(), "no-groups-channel"));
            return;
        }
        Opening opening = new Opening(open);
        String key = KEY_PREFIX + open.requestId();
        Address.Space where = new Address.Space(Platform.DISCORD, open.community(), settings.groupsChannel());
        if (openings.putIfAbsent(key, opening) == null
                && !outbox.submit(new Delivery(where, Message.Urgency.REPLY, key, logIds.apply(where), List.of(opening::attempt)))) {
            openings.remove(key, opening);
        }
    }

    /** The outbox gave up on an opening (or Discord refused it): clean up and tell the core. */
    void abandoned(Delivery delivery, DeliveryFailure failure) {
        Opening opening = openings.remove(delivery.deliveryKey());
        if (opening != null) {
            opening.failed(failure);
        }
    }

    /** One private thread being made; a retry carries on where the last attempt stopped. */
    private final class Opening {
        private final OpenSpace request;
        private volatile String threadId;

        Opening(OpenSpace request) {
            this.request = request;
        }

        void attempt() throws DeliveryFailure {
            TextChannel parent = jda.get().getTextChannelById(settings.groupsChannel());
            if (parent == null) {
                throw DeliveryFailure.rejected("the groups channel " + settings.groupsChannel() + " is not a text channel Kindred can see");
            }
            try {
                if (threadId == null) {
                    ThreadChannel thread = parent.createThreadChannel(TextLimits.shorten(request.name(), NAME_LIMIT), true)
                            .setInvitable(false)
                            .complete();
                    threadId = thread.getId();
                }
                ThreadChannel thread = jda.get().getThreadChannelById(threadId);
                if (thread == null) {
                    throw DeliveryFailure.transientFailure("the new thread is not known to JDA yet", null);
                }
                for (Address.Direct member : request.members()) {
                    thread.addThreadMemberById(member.userId()).complete();
                }
            } catch (RuntimeException e) {
                throw DiscordFailures.classify(e);
            }
            openings.remove(KEY_PREFIX + request.requestId(), this);
            LOG.info("private thread opened for group request {} with {} members", request.requestId(), request.members().size());
            report.accept(new Lifecycle.SpaceOpened(Platform.DISCORD, request.community(), request.requestId(), threadId));
        }

        void failed(DeliveryFailure failure) {
            LOG.warn("no private thread for group request {}: {}", request.requestId(), failure.reason());
            String made = threadId;
            if (made != null) {
                ThreadChannel thread = jda.get().getThreadChannelById(made);
                if (thread != null) {
                    thread.delete().queue(null, DiscordFailures.logging(LOG, "deleting a half-made group thread"));
                }
            }
            report.accept(new Lifecycle.SpaceNotOpened(Platform.DISCORD, request.community(), request.requestId(),
                    failure.kind().name().toLowerCase(java.util.Locale.ROOT)));
        }
    }
}
