package app.kindred.slack;

import app.kindred.core.delivery.OutboxTuning;

import java.time.Duration;

/**
 * The outbox settings under Slack's own words: a member's conversation with Kindred is a channel there, so
 * {@code kindred.slack.outbox.per-channel} and {@code channel-burst} name the spacing and burst per DM.
 */
public class SlackOutboxTuning extends OutboxTuning {

    SlackOutboxTuning() {
        super(SlackSettings.defaultOutbox());
    }

    public Duration getPerChannel() {
        return getPerChat();
    }

    public void setPerChannel(Duration perChannel) {
        setPerChat(perChannel);
    }

    public int getChannelBurst() {
        return getChatBurst();
    }

    public void setChannelBurst(int channelBurst) {
        setChatBurst(channelBurst);
    }
}
