package app.kindred.slack;

import app.kindred.core.contract.ButtonPressed;
import app.kindred.core.contract.CommandIssued;
import app.kindred.core.contract.Inbound;
import app.kindred.core.contract.Lifecycle;
import app.kindred.core.contract.Message;
import app.kindred.core.contract.TextWritten;
import app.kindred.core.conversation.CannotReadReply;
import app.kindred.core.delivery.Dispatch;
import com.slack.api.model.block.LayoutBlock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The inbound side: Bolt's handlers acknowledge Slack at once and hand the translated event here, where
 * it is dispatched to the core on Kindred's own threads, after the HTTP answer has gone. Slack wants that
 * answer within three seconds, and the core may wait on its store.
 *
 * <p>Events are spread over lanes by member, each lane one thread, so one member's messages are handled
 * in the order they came while members do not wait for each other. A full lane refuses the event, and
 * Slack is told to try again later.
 */
final class SlackInbound implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SlackInbound.class);

    private final Dispatch dispatch;
    private final SlackMessenger messenger;
    private final SlackMembers members;
    private final List<ThreadPoolExecutor> lanes = new ArrayList<>();

    /** @param members Slack's locale and time zone for each member, added to their events on the lane */
    SlackInbound(Dispatch dispatch, SlackMessenger messenger, SlackMembers members, int laneCount, int queuePerLane) {
        this.dispatch = dispatch;
        this.messenger = messenger;
        this.members = members;
        for (int i = 0; i < laneCount; i++) {
            int lane = i;
            ThreadPoolExecutor executor = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS,
                    new ArrayBlockingQueue<>(queuePerLane), work -> {
                        Thread thread = new Thread(work, "slack-inbound-" + lane);
                        thread.setDaemon(true);
                        return thread;
                    });
            lanes.add(executor);
        }
    }

    /** Queues a translated request; false when Kindred is too busy to take it now. */
    boolean accept(SlackTranslation translation) {
        return accept(translation, null);
    }

    /**
     * Queues a button press with the blocks of the message that carried it, so that its buttons can be
     * taken away once the core accepted the press.
     */
    boolean accept(SlackTranslation translation, List<LayoutBlock> pressedBlocks) {
        if (translation instanceof SlackTranslation.Ignored ignored) {
            LOG.debug("Slack request ignored: {}", ignored.why());
            return true;
        }
        try {
            lane(translation).execute(() -> handle(translation, pressedBlocks));
            return true;
        } catch (RejectedExecutionException e) {
            LOG.warn("Kindred is too busy to take a Slack request now; Slack will be asked to send it again");
            return false;
        }
    }

    private ThreadPoolExecutor lane(SlackTranslation translation) {
        String key = "";
        if (translation instanceof SlackTranslation.Event event && event.event() instanceof Inbound.FromMember member) {
            key = member.sender().community() + "/" + member.sender().userId();
        } else if (translation instanceof SlackTranslation.CannotRead unreadable) {
            key = unreadable.sender().community() + "/" + unreadable.sender().userId();
        } else if (translation instanceof SlackTranslation.Invited invited) {
            key = invited.event().community() + "/" + invited.inviter();
        }
        return lanes.get(Math.floorMod(key.hashCode(), lanes.size()));
    }

    private void handle(SlackTranslation translation, List<LayoutBlock> pressedBlocks) {
        try {
            if (translation instanceof SlackTranslation.Event event) {
                String ref = event.event() instanceof ButtonPressed press ? press.messageRef() : "";
                messenger.pressing(ref, pressedBlocks);
                try {
                    Inbound enriched = enriched(event.event());
                    log(enriched);
                    dispatch.submit(enriched);
                } finally {
                    messenger.pressed(ref);
                }
            } else if (translation instanceof SlackTranslation.Invited invited) {
                introduce(invited);
            } else if (translation instanceof SlackTranslation.CannotRead unreadable) {
                explain(new SlackTranslation.CannotRead(members.enrich(unreadable.sender()), unreadable.place(),
                        unreadable.promptKey()));
            }
        } catch (RuntimeException e) {
            LOG.error("a Slack request could not be handled", e);
        }
    }

    private Inbound enriched(Inbound event) {
        if (event instanceof CommandIssued command) {
            return new CommandIssued(members.enrich(command.sender()), command.place(), command.name(), command.arguments());
        }
        if (event instanceof ButtonPressed press) {
            return new ButtonPressed(members.enrich(press.sender()), press.place(), press.payload(), press.messageRef());
        }
        if (event instanceof TextWritten text) {
            return new TextWritten(members.enrich(text.sender()), text.place(), text.text());
        }
        return event;
    }

    private void introduce(SlackTranslation.Invited invited) {
        Lifecycle.BotAdded added = invited.event();
        if (LOG.isDebugEnabled()) {
            LOG.debug("Slack: member {} added Kindred to a channel", dispatch.kindred().services().pseudonyms()
                    .of(added.platform(), added.community(), invited.inviter()));
        }
        dispatch.submit(new Lifecycle.BotAdded(added.platform(), added.community(), added.place(),
                members.hintsOf(invited.inviter())));
    }

    private void explain(SlackTranslation.CannotRead unreadable) {
        if (unreadable.place().isSpace()) {
            return;
        }
        var services = dispatch.kindred().services();
        Message reply = CannotReadReply.to(services, unreadable.sender(), unreadable.place(), unreadable.promptKey());
        LOG.debug("member {} sent something Kindred cannot read", services.pseudonyms().of(unreadable.sender()));
        messenger.deliver(reply);
    }

    private void log(Inbound event) {
        if (LOG.isDebugEnabled() && event instanceof Inbound.FromMember fromMember) {
            LOG.debug("Slack {} from member {}", event.getClass().getSimpleName(),
                    dispatch.kindred().services().pseudonyms().of(fromMember.sender()));
        }
    }

    /** Whether every lane is empty and idle; for tests and shutdown. */
    boolean isIdle() {
        return lanes.stream().allMatch(lane -> lane.getQueue().isEmpty() && lane.getActiveCount() == 0);
    }

    @Override
    public void close() {
        lanes.forEach(ThreadPoolExecutor::shutdown);
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        for (ThreadPoolExecutor lane : lanes) {
            try {
                if (!lane.awaitTermination(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                    int dropped = lane.shutdownNow().size();
                    LOG.warn("Slack inbound stopped with {} requests not handled", dropped);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                lane.shutdownNow();
            }
        }
    }
}
