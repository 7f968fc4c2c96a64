package app.kindred.slack;

import app.kindred.core.contract.Address;
import app.kindred.core.delivery.DeliveryFailure;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.conversations.ConversationsOpenResponse;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Kindred's DM channel with each member (the Messages tab of its App Home). Learnt from the DMs members
 * write in and from conversations.open, which returns the same channel every time, so it is opened at
 * most once per member while Kindred runs.
 */
final class SlackChannels {

    /** Plenty for a workspace; past it the map starts over rather than grow without bound. */
    private static final int REMEMBERED = 200_000;

    private final MethodsClient methods;
    private final Map<String, String> dms = new ConcurrentHashMap<>();

    SlackChannels(MethodsClient methods) {
        this.methods = methods;
    }

    void rememberDm(String userId, String channelId) {
        if (userId == null || channelId == null || !SlackTranslator.isDirect(channelId)) {
            return;
        }
        if (dms.size() >= REMEMBERED) {
            dms.clear();
        }
        dms.put(userId, channelId);
    }

    boolean isKindredsDm(String userId, String channelId) {
        return channelId != null && channelId.equals(dms.get(userId));
    }

    /** Forgets a DM Slack no longer knows, so the next send opens it afresh. */
    void forgetDm(String userId) {
        dms.remove(userId);
    }

    /** The channel a message to this address goes to, opening Kindred's DM with the member if need be. */
    String channelFor(Address address) throws DeliveryFailure {
        if (address instanceof Address.Space space) {
            return space.spaceId();
        }
        Address.Direct direct = (Address.Direct) address;
        if (!direct.conversationId().isEmpty()) {
            return direct.conversationId();
        }
        return dmWith(direct.userId());
    }

    String dmWith(String userId) throws DeliveryFailure {
        String known = dms.get(userId);
        if (known != null) {
            return known;
        }
        ConversationsOpenResponse opened;
        try {
            opened = methods.conversationsOpen(r -> r.users(List.of(userId)));
        } catch (SlackApiException e) {
            throw SlackFailures.classify("conversations.open", e);
        } catch (IOException e) {
            throw SlackFailures.classify("conversations.open", e);
        }
        if (!opened.isOk() || opened.getChannel() == null) {
            throw SlackFailures.classify("conversations.open", opened.getError(), opened.getNeeded());
        }
        rememberDm(userId, opened.getChannel().getId());
        return opened.getChannel().getId();
    }
}
