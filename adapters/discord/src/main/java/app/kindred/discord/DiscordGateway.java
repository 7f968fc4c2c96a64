package app.kindred.discord;

import app.kindred.core.delivery.Outbox;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.exceptions.InvalidTokenException;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.utils.Compression;
import net.dv8tion.jda.api.utils.SessionControllerAdapter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Kindred's connection to Discord: builds JDA once everything is wired (the token is checked then, with
 * one sentence when Discord refuses it), connects to the gateway with no privileged intent unless
 * MESSAGE_CONTENT is asked for. On stop it takes no new events, lets the outbox drain through JDA, then
 * shuts JDA down.
 */
final class DiscordGateway implements SmartLifecycle, Supplier<JDA> {

    private static final Logger LOG = LoggerFactory.getLogger(DiscordGateway.class);

    private final DiscordSettings settings;
    private final Object listener;
    private final Outbox outbox;
    private volatile JDA jda;
    private volatile boolean running;

    /**
     * @param listener JDA's event listener: the inbound side
     * @param outbox   drained on stop before JDA shuts down, since its calls go through JDA
     */
    DiscordGateway(DiscordSettings settings, Object listener, Outbox outbox) {
        this.settings = settings;
        this.listener = listener;
        this.outbox = outbox;
    }

    /** Messages in servers and DMs (JDA adds servers and their channels itself); message content only when configured. */
    static Set<GatewayIntent> intents(DiscordSettings settings) {
        EnumSet<GatewayIntent> intents = EnumSet.of(GatewayIntent.GUILD_MESSAGES, GatewayIntent.DIRECT_MESSAGES);
        if (settings.messageContent()) {
            intents.add(GatewayIntent.MESSAGE_CONTENT);
        }
        return intents;
    }

    @Override
    public void start() {
        JDABuilder builder = JDABuilder.createLight(settings.token(), intents(settings))
                .setRestConfig(new RestConfig().setBaseUrl(settings.apiUrl().toString()))
                .addEventListeners(listener);
        if (settings.gatewayUrl() != null) {
            builder.setSessionController(new FixedGateway(settings.gatewayUrl().toString()))
                    .setCompression(Compression.NONE);
        }
        try {
            jda = builder.build();
        } catch (InvalidTokenException e) {
            throw new DiscordSetupException("Discord refused the token of bot " + settings.botId()
                    + ": check KINDRED_DISCORD_TOKEN (reset it on the Bot page of the Discord Developer Portal)");
        } catch (RuntimeException e) {
            throw new DiscordSetupException("Kindred cannot reach Discord's API at " + settings.apiUrl()
                    + ": check kindred.discord.api-url and the network");
        }
        running = true;
        LOG.info("Discord bot {} connecting (intents {})", settings.botId(), intents(settings));
    }

    @Override
    public JDA get() {
        JDA connected = jda;
        if (connected == null) {
            throw new IllegalStateException("the Discord gateway has not started");
        }
        return connected;
    }

    /** Waits until the gateway said READY and the servers are loaded; false when the timeout passed first. */
    boolean awaitReady(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            JDA connected = jda;
            if (connected != null && connected.getStatus() == JDA.Status.CONNECTED) {
                return true;
            }
            Thread.sleep(20);
        }
        return false;
    }

    boolean isConnected() {
        JDA connected = jda;
        return running && connected != null && connected.getStatus() == JDA.Status.CONNECTED;
    }

    String status() {
        JDA connected = jda;
        return connected == null ? "not started" : connected.getStatus().name().toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public void stop() {
        running = false;
        JDA connected = jda;
        if (connected == null) {
            return;
        }
        // No new events; what is queued still goes out through JDA, which refuses new calls once shut down.
        connected.removeEventListener(listener);
        try {
            if (!outbox.awaitIdle(settings.outbox().drainOnClose())) {
                LOG.warn("Discord is stopping with messages still queued; the outbox reports what it drops");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        connected.shutdown();
        try {
            if (!connected.awaitShutdown(Duration.ofSeconds(5))) {
                connected.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            connected.shutdownNow();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Points JDA's gateway connection at a configured address (a proxy, or a local fake in tests). */
    private static final class FixedGateway extends SessionControllerAdapter {
        private final String url;

        FixedGateway(String url) {
            this.url = url;
        }

        @Override
        public String getGateway() {
            return url;
        }
    }
}
