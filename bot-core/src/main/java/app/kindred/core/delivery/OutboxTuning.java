package app.kindred.core.delivery;

import java.time.Duration;

/**
 * The outbox's tunable settings as a plain mutable bean, for an adapter's configuration to bind under
 * {@code kindred.<platform>.outbox.*}: it starts from the platform's defaults, and {@link #toSettings()}
 * checks what was set. One bean for every platform, so a new limit is added in one place.
 */
public class OutboxTuning {

    private final OutboxSettings defaults;
    /** Calls per second overall. */
    private double perSecond;
    /** Calls that may go back to back before the overall rate applies. */
    private int burst;
    /** Spacing of messages to one member's conversation. */
    private Duration perChat;
    /** Spacing of messages to one group space. */
    private Duration perGroup;
    /** Messages one conversation may get back to back (a reply and its chart). */
    private int chatBurst;
    /** Sending threads. */
    private int workers;
    /** Attempts of one call before giving up. */
    private int maxAttempts;
    private Duration backoff;
    private Duration maxBackoff;
    /** How long shutdown waits for queued messages. */
    private Duration drainOnClose;

    public OutboxTuning(OutboxSettings defaults) {
        this.defaults = defaults;
        this.perSecond = defaults.perSecond();
        this.burst = defaults.burst();
        this.perChat = defaults.conversationInterval();
        this.perGroup = defaults.spaceInterval();
        this.chatBurst = defaults.conversationBurst();
        this.workers = defaults.workers();
        this.maxAttempts = defaults.maxAttempts();
        this.backoff = defaults.backoffBase();
        this.maxBackoff = defaults.backoffMax();
        this.drainOnClose = defaults.drainOnClose();
    }

    /** The settings as bound; an impossible value fails with the record's own sentence. */
    public OutboxSettings toSettings() {
        return defaults.withRate(perSecond, burst)
                .withConversation(perChat, perGroup, chatBurst)
                .withWorkers(workers)
                .withRetries(maxAttempts, backoff, maxBackoff)
                .withDrainOnClose(drainOnClose);
    }

    /**
     * The settings as bound under {@code key} (such as {@code kindred.telegram.outbox}); an impossible value
     * fails with the record's own sentence after the key, so the refusal says where to look.
     */
    public OutboxSettings toSettings(String key) {
        try {
            return toSettings();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(key + ": " + e.getMessage(), e);
        }
    }

    public double getPerSecond() {
        return perSecond;
    }

    public void setPerSecond(double perSecond) {
        this.perSecond = perSecond;
    }

    public int getBurst() {
        return burst;
    }

    public void setBurst(int burst) {
        this.burst = burst;
    }

    public Duration getPerChat() {
        return perChat;
    }

    public void setPerChat(Duration perChat) {
        this.perChat = perChat;
    }

    public Duration getPerGroup() {
        return perGroup;
    }

    public void setPerGroup(Duration perGroup) {
        this.perGroup = perGroup;
    }

    public int getChatBurst() {
        return chatBurst;
    }

    public void setChatBurst(int chatBurst) {
        this.chatBurst = chatBurst;
    }

    public int getWorkers() {
        return workers;
    }

    public void setWorkers(int workers) {
        this.workers = workers;
    }

    public int getMaxAttempts() {
        return maxAttempts;
    }

    public void setMaxAttempts(int maxAttempts) {
        this.maxAttempts = maxAttempts;
    }

    public Duration getBackoff() {
        return backoff;
    }

    public void setBackoff(Duration backoff) {
        this.backoff = backoff;
    }

    public Duration getMaxBackoff() {
        return maxBackoff;
    }

    public void setMaxBackoff(Duration maxBackoff) {
        this.maxBackoff = maxBackoff;
    }

    public Duration getDrainOnClose() {
        return drainOnClose;
    }

    public void setDrainOnClose(Duration drainOnClose) {
        this.drainOnClose = drainOnClose;
    }
}
