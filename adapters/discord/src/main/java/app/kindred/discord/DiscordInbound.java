package app.kindred.discord;

import app.kindred.core.contract.Inbound;
import app.kindred.core.contract.Message;
import app.kindred.core.contract.Outbound;
import app.kindred.core.contract.Platform;
import app.kindred.core.conversation.CannotReadReply;
import app.kindred.core.delivery.Dispatch;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.channel.middleman.GuildMessageChannel;
import net.dv8tion.jda.api.events.guild.GuildJoinEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.StringSelectInteractionEvent;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.events.session.ReadyEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Optional;

/**
 * The inbound side: acknowledges every interaction at once (Discord allows 3 seconds; the core's answer
 * follows through the hook, ephemeral in a server), translates each event and hands it to the core,
 * then delivers what the core answered. Added to a server it serves, Kindred introduces itself there.
 * One bad event is logged and skipped; it never stops the others.
 */
final class DiscordInbound extends ListenerAdapter {

    private static final Logger LOG = LoggerFactory.getLogger(DiscordInbound.class);

    private final Dispatch dispatch;
    private final DiscordMessenger messenger;
    private final DiscordTranslator translator;

    DiscordInbound(Dispatch dispatch, DiscordMessenger messenger, DiscordTranslator translator) {
        this.dispatch = dispatch;
        this.messenger = messenger;
        this.translator = translator;
    }

    @Override
    public void onReady(ReadyEvent event) {
        SlashCommands.register(event.getJDA(), dispatch.kindred().routes(), dispatch.kindred().services().prompts());
    }

    /** Kindred was added to a server while running; servers it was already in come with READY and are no join. */
    @Override
    public void onGuildJoin(GuildJoinEvent event) {
        Guild guild = event.getGuild();
        if (!translator.serves(guild)) {
            LOG.info("Kindred was added to Discord server {}, which it does not serve (kindred.discord.server-id): no introduction",
                    guild.getId());
            return;
        }
        Optional<GuildMessageChannel> channel = translator.introductionChannel(guild);
        if (channel.isEmpty()) {
            LOG.warn("Kindred was added to Discord server {} but may not write in its system channel ({}) or the groups channel: "
                    + "no introduction", guild.getId(), guild.getSystemChannel() == null ? "none" : guild.getSystemChannel().getId());
            return;
        }
        LOG.info("Kindred was added to Discord server {}; it introduces itself in channel {}", guild.getId(), channel.get().getId());
        handle(() -> translator.added(guild, channel.get()), null);
    }

    @Override
    public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
        // Decided before deferring: in a server only the member sees Kindred's answer.
        boolean ephemeral = event.isFromGuild();
        event.deferReply(ephemeral).queue(null, DiscordFailures.logging(LOG, "acknowledging a slash command"));
        InteractionReply reply = InteractionReply.command(event.getUser().getId(), event.getHook(), ephemeral);
        handle(() -> translator.command(event), reply);
    }

    @Override
    public void onButtonInteraction(ButtonInteractionEvent event) {
        event.deferEdit().queue(null, DiscordFailures.logging(LOG, "acknowledging a button press"));
        InteractionReply reply = InteractionReply.component(event.getUser().getId(), event.getHook(), event.isFromGuild(),
                event.getMessageId());
        handle(() -> translator.press(event, event.getComponentId()), reply);
    }

    @Override
    public void onStringSelectInteraction(StringSelectInteractionEvent event) {
        event.deferEdit().queue(null, DiscordFailures.logging(LOG, "acknowledging a choice"));
        InteractionReply reply = InteractionReply.component(event.getUser().getId(), event.getHook(), event.isFromGuild(),
                event.getMessageId());
        String chosen = event.getValues().isEmpty() ? "" : event.getValues().get(0);
        handle(() -> translator.press(event, chosen), reply);
    }

    @Override
    public void onMessageReceived(MessageReceivedEvent event) {
        try {
            DiscordTranslator.MessageTranslation translation = translator.message(event.getMessage(), event.getJDA().getSelfUser().getId());
            if (translation instanceof DiscordTranslator.MessageTranslation.Event found) {
                handle(found::event, null);
            } else if (translation instanceof DiscordTranslator.MessageTranslation.CannotRead unreadable) {
                explain(unreadable);
            } else if (translation instanceof DiscordTranslator.MessageTranslation.Ignored ignored) {
                LOG.debug("Discord message {} ignored: {}", event.getMessageId(), ignored.why());
            }
        } catch (RuntimeException e) {
            LOG.error("Discord message {} could not be handled", event.getMessageId(), e);
        }
    }

    /**
     * Runs the core and delivers its answer. Discord outbounds go to this adapter's messenger with the
     * interaction being answered, so the member's reply uses the interaction's hook; any other platform's
     * go through Dispatch as usual.
     */
    private void handle(java.util.function.Supplier<Inbound> translate, InteractionReply reply) {
        try {
            Inbound event = translate.get();
            log(event);
            List<Outbound> out = dispatch.kindred().handle(event);
            for (Outbound outbound : out) {
                if (Dispatch.platformOf(outbound) == Platform.DISCORD) {
                    messenger.deliver(outbound, reply);
                } else {
                    dispatch.deliver(outbound);
                }
            }
        } catch (RuntimeException e) {
            LOG.error("a Discord event could not be handled", e);
        } finally {
            if (reply != null && reply.leftThinking()) {
                reply.hook().deleteOriginal().queue(null, DiscordFailures.logging(LOG, "removing an unanswered reply"));
            }
        }
    }

    private void explain(DiscordTranslator.MessageTranslation.CannotRead unreadable) {
        var services = dispatch.kindred().services();
        Message reply = CannotReadReply.to(services, unreadable.sender(), unreadable.place(), unreadable.promptKey());
        LOG.debug("member {} sent something Kindred cannot read", services.pseudonyms().of(unreadable.sender()));
        messenger.deliver(reply);
    }

    private void log(Inbound event) {
        if (LOG.isDebugEnabled() && event instanceof Inbound.FromMember fromMember) {
            LOG.debug("Discord {} from member {}", event.getClass().getSimpleName(),
                    dispatch.kindred().services().pseudonyms().of(fromMember.sender()));
        }
    }
}
