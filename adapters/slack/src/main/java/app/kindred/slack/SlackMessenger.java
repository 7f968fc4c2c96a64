package app.kindred.slack;

import app.kindred.core.contract.Address;
import app.kindred.core.contract.Message;
import app.kindred.core.contract.OpenSpace;
import app.kindred.core.contract.Outbound;
import app.kindred.core.contract.Platform;
import app.kindred.core.contract.RetireButtons;
import app.kindred.core.delivery.Delivery;
import app.kindred.core.delivery.DeliveryFailure;
import app.kindred.core.delivery.Messenger;
import app.kindred.core.delivery.Outbox;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackFilesUploadV2Exception;
import com.slack.api.methods.SlackApiTextResponse;
import com.slack.api.model.block.LayoutBlock;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Kindred's messenger on Slack: renders what the core sends into Web API calls and queues them on the
 * outbox, which paces them per channel, sends crisis replies first, honours Retry-After and retries.
 * A message to a member goes to Kindred's DM with them, opened on first use. Private spaces for groups
 * are opened by {@link SlackSpaces}.
 */
public final class SlackMessenger implements Messenger {

    /** Presses waiting for their message's buttons to be retired; a press and its retirement share one dispatch. */
    private static final int PENDING_LIMIT = 1000;

    private final MethodsClient methods;
    private final Outbox outbox;
    private final SlackChannels channels;
    private final SlackSpaces spaces;
    private final Function<Address, String> logIds;
    private final UnaryOperator<String> spelling;
    private final Map<String, List<LayoutBlock>> pressedMessages = new ConcurrentHashMap<>();

    /** @param spelling shows the core's command names as Slack members type them */
    SlackMessenger(MethodsClient methods, Outbox outbox, SlackChannels channels, SlackSpaces spaces,
                   Function<Address, String> logIds, UnaryOperator<String> spelling) {
        this.methods = methods;
        this.outbox = outbox;
        this.channels = channels;
        this.spaces = spaces;
        this.logIds = logIds;
        this.spelling = spelling;
    }

    @Override
    public Platform platform() {
        return Platform.SLACK;
    }

    @Override
    public void deliver(Outbound outbound) {
        if (outbound instanceof Message message) {
            List<Delivery.Step> steps = SlackRendering.render(message, spelling).stream()
                    .map(call -> (Delivery.Step) () -> send(message.to(), call)).toList();
            if (!steps.isEmpty()) {
                outbox.submit(Delivery.of(message, logIds.apply(message.to()), steps));
            }
        } else if (outbound instanceof RetireButtons retire) {
            retire(retire);
        } else if (outbound instanceof OpenSpace open) {
            spaces.open(open);
        }
    }

    /**
     * Holds the blocks of a pressed message while the press is dispatched, so that retiring its buttons
     * can send the message back without them. Slack's chat.update replaces the whole message.
     */
    void pressing(String messageRef, List<LayoutBlock> blocks) {
        if (messageRef.isEmpty() || blocks == null || pressedMessages.size() >= PENDING_LIMIT) {
            return;
        }
        pressedMessages.put(messageRef, blocks);
    }

    void pressed(String messageRef) {
        pressedMessages.remove(messageRef);
    }

    private void retire(RetireButtons retire) {
        List<LayoutBlock> blocks = pressedMessages.remove(retire.messageRef());
        int slash = retire.messageRef().indexOf('/');
        Optional<List<LayoutBlock>> kept = SlackRendering.withoutButtons(blocks);
        if (slash < 0 || kept.isEmpty()) {
            // Nothing to take away, or a message Kindred never saw pressed: the core refuses a second press anyway.
            return;
        }
        String channel = retire.messageRef().substring(0, slash);
        String ts = retire.messageRef().substring(slash + 1);
        List<LayoutBlock> without = kept.get();
        String text = SlackRendering.fallbackText(without);
        outbox.submit(Delivery.retiring(retire, logIds.apply(retire.where()),
                List.of(() -> check("chat.update", call(() -> methods.chatUpdate(r -> r.channel(channel).ts(ts)
                        .text(text).blocks(without)), "chat.update")))));
    }

    private void send(Address to, SlackCall call) throws DeliveryFailure {
        String channel = channels.channelFor(to);
        try {
            sendTo(channel, call);
        } catch (DeliveryFailure failure) {
            // A stored DM id Slack no longer knows: open the DM afresh and try once more.
            if (to instanceof Address.Direct direct && failure.reason().contains("channel_not_found")) {
                channels.forgetDm(direct.userId());
                sendTo(channels.dmWith(direct.userId()), call);
            } else {
                throw failure;
            }
        }
    }

    private void sendTo(String channel, SlackCall call) throws DeliveryFailure {
        if (call instanceof SlackCall.Post post) {
            check("chat.postMessage", call(() -> methods.chatPostMessage(r -> r.channel(channel).text(post.text())
                    .blocks(post.blocks()).unfurlLinks(false).unfurlMedia(false)), "chat.postMessage"));
        } else {
            SlackCall.Upload upload = (SlackCall.Upload) call;
            try {
                check("files.uploadV2", call(() -> methods.filesUploadV2(r -> r.channel(channel)
                        .fileData(upload.content())
                        .filename(upload.fileName())
                        .title(upload.title())
                        .altTxt(upload.altText().isEmpty() ? null : upload.altText())
                        .initialComment(upload.comment().isEmpty() ? null : upload.comment())
                        .requestFileInfo(false)), "files.uploadV2"));
            } catch (SlackFilesUploadV2Exception e) {
                throw DeliveryFailure.transientFailure("files.uploadV2: the upload did not complete", null);
            }
        }
    }

    /** A Web API call; exceptions become classified failures. */
    @FunctionalInterface
    interface ApiCall<R> {
        R call() throws IOException, SlackApiException;
    }

    static <R> R call(ApiCall<R> call, String method) throws DeliveryFailure {
        try {
            return call.call();
        } catch (SlackApiException e) {
            throw SlackFailures.classify(method, e);
        } catch (IOException e) {
            throw SlackFailures.classify(method, e);
        }
    }

    /** An ok:false answer becomes a classified failure: its error code only, never what was sent. */
    static <R extends SlackApiTextResponse> R check(String method, R response) throws DeliveryFailure {
        if (!response.isOk()) {
            throw SlackFailures.classify(method, response.getError(), response.getNeeded());
        }
        return response;
    }
}
