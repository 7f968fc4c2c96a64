package app.kindred.discord;

import app.kindred.core.contract.ButtonPressed;
import app.kindred.core.contract.CommandIssued;
import app.kindred.core.contract.Inbound;
import app.kindred.core.contract.Lifecycle;
import app.kindred.core.contract.LocaleHints;
import app.kindred.core.contract.Place;
import app.kindred.core.contract.Platform;
import app.kindred.core.contract.Sender;
import app.kindred.core.contract.TextWritten;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageType;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.entities.channel.concrete.TextChannel;
import net.dv8tion.jda.api.entities.channel.middleman.GuildMessageChannel;
import net.dv8tion.jda.api.interactions.DiscordLocale;
import net.dv8tion.jda.api.interactions.Interaction;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.SlashCommandInteraction;
import net.dv8tion.jda.api.interactions.components.ComponentInteraction;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads Discord's events into the core's events: slash commands, button presses and select choices,
 * and free text from DMs (and, in servers, from messages that mention Kindred, or every message when the
 * MESSAGE_CONTENT intent is on), and Kindred being added to a server. It decides nothing about the
 * conversation and trusts nothing it reads: a button's {@code custom_id} goes to the core untouched for it
 * to verify.
 */
final class DiscordTranslator {

    /** The one option every slash command has: whatever follows the command ("09:30", "timezone Europe/Paris"). */
    static final String DETAILS = "details";
    static final String CANNOT_READ = "discord.text-only";

    private final String community;
    private final String groupsChannel;

    /**
     * @param community     the community every Discord member belongs to (see {@link DiscordSettings#community()})
     * @param groupsChannel the configured groups channel, or empty
     */
    DiscordTranslator(String community, String groupsChannel) {
        this.community = community;
        this.groupsChannel = groupsChannel;
    }

    CommandIssued command(SlashCommandInteraction command) {
        OptionMapping details = command.getOption(DETAILS);
        return new CommandIssued(sender(command.getUser(), command.getUserLocale()), place(command), command.getName(),
                details == null ? "" : details.getAsString());
    }

    /** A button press, or a select menu choice whose chosen value is the payload. */
    ButtonPressed press(ComponentInteraction press, String payload) {
        return new ButtonPressed(sender(press.getUser(), press.getUserLocale()), place(press), payload,
                press.getMessageId());
    }

    /** What a message means for Kindred; {@code selfId} is Kindred's own user id. */
    MessageTranslation message(Message message, String selfId) {
        User author = message.getAuthor();
        if (author.isBot() || author.isSystem() || message.isWebhookMessage()
                || message.getType() != MessageType.DEFAULT && message.getType() != MessageType.INLINE_REPLY) {
            return new MessageTranslation.Ignored("a message from a bot, a webhook or the system");
        }
        Sender sender = sender(author, null);
        if (!message.isFromGuild()) {
            Place place = Place.direct(message.getChannelId());
            String text = message.getContentRaw();
            if (text.isBlank()) {
                return message.getAttachments().isEmpty() && message.getStickers().isEmpty()
                        ? new MessageTranslation.Ignored("an empty message")
                        : new MessageTranslation.CannotRead(sender, place, CANNOT_READ);
            }
            return new MessageTranslation.Event(new TextWritten(sender, place, text));
        }
        // In a server the text is empty unless Kindred is mentioned or the MESSAGE_CONTENT intent is on.
        String text = withoutMention(message.getContentRaw(), selfId).strip();
        if (text.isEmpty()) {
            return new MessageTranslation.Ignored("a server message without text for Kindred");
        }
        return new MessageTranslation.Event(new TextWritten(sender, Place.space(message.getChannelId()), text));
    }

    /** Whether Kindred serves this server: the configured one, or every server when none is configured. */
    boolean serves(Guild guild) {
        return community.equals(DiscordSettings.ONE_AUDIENCE) || community.equals(guild.getId());
    }

    /**
     * Where Kindred introduces itself in a server it was just added to: the server's system channel if Kindred
     * may write there, else the groups channel if it is in this server and Kindred may write there. JDA refuses
     * a send from the same cached permissions, so a channel chosen here is one the message can reach.
     */
    Optional<GuildMessageChannel> introductionChannel(Guild guild) {
        TextChannel system = guild.getSystemChannel();
        if (system != null && system.canTalk()) {
            return Optional.of(system);
        }
        TextChannel groups = groupsChannel.isEmpty() ? null : guild.getTextChannelById(groupsChannel);
        return groups != null && groups.canTalk() ? Optional.of(groups) : Optional.empty();
    }

    /**
     * Kindred was added to a server; it introduces itself in {@code channel}. Only a Community server chooses its
     * language: any other reports Discord's default, en-US, which says nothing, so Kindred's default language is used.
     */
    Lifecycle.BotAdded added(Guild guild, GuildMessageChannel channel) {
        LocaleHints hints = guild.getFeatures().contains("COMMUNITY") ? hints(guild.getLocale()) : LocaleHints.none();
        return new Lifecycle.BotAdded(Platform.DISCORD, community, Place.space(channel.getId()), hints);
    }

    static String withoutMention(String text, String selfId) {
        return text.replaceAll("<@!?" + Pattern.quote(selfId) + ">", " ");
    }

    Sender sender(User user, DiscordLocale locale) {
        return new Sender(Platform.DISCORD, community, user.getId(), user.getEffectiveName(), hints(locale), user.isBot());
    }

    /** Discord's locale is an IETF tag such as "en-GB", "es-419" or "de": the language, and a country when it names one. */
    static LocaleHints hints(DiscordLocale locale) {
        if (locale == null || locale == DiscordLocale.UNKNOWN) {
            return LocaleHints.none();
        }
        List<String> parts = List.of(locale.getLocale().split("-", 2));
        String language = parts.get(0).toLowerCase(Locale.ROOT);
        String country = parts.size() > 1 && parts.get(1).matches("[A-Za-z]{2}") ? parts.get(1).toUpperCase(Locale.ROOT) : null;
        return language.matches("[a-z]{2,3}") ? new LocaleHints(language, country, null) : LocaleHints.none();
    }

    static Place place(Interaction interaction) {
        String channel = interaction.getChannelId() == null ? interaction.getUser().getId() : interaction.getChannelId();
        return interaction.isFromGuild() ? Place.space(channel) : Place.direct(channel);
    }

    /** What one Discord message means for Kindred. */
    sealed interface MessageTranslation {

        /** An event for the core. */
        record Event(Inbound event) implements MessageTranslation {
        }

        /** Something Kindred cannot read (a file, a sticker): the member gets a short reply from the prompt key. */
        record CannotRead(Sender sender, Place place, String promptKey) implements MessageTranslation {
        }

        /** Nothing for Kindred; the reason is for debug logs and never content. */
        record Ignored(String why) implements MessageTranslation {
        }
    }
}
