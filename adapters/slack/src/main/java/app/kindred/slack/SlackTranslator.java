package app.kindred.slack;

import app.kindred.core.contract.ButtonPressed;
import app.kindred.core.contract.CommandIssued;
import app.kindred.core.contract.Lifecycle;
import app.kindred.core.contract.LocaleHints;
import app.kindred.core.contract.Place;
import app.kindred.core.contract.Platform;
import app.kindred.core.contract.Sender;
import app.kindred.core.contract.TextWritten;
import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.model.event.MemberJoinedChannelEvent;
import com.slack.api.model.event.MessageChangedEvent;
import com.slack.api.model.event.MessageEvent;
import com.slack.api.model.event.MessageFileShareEvent;

import java.util.Locale;

/**
 * Reads Slack's slash commands, messages, button presses and Kindred's own arrival in a channel into the
 * core's events. It decides nothing about the conversation and trusts nothing it reads: button values go
 * to the core untouched, for it to verify their signature and who may press them.
 *
 * <p>A Slack app's commands share the workspace's one namespace with every other app, so Kindred has one
 * command ({@code /kindred} by default) whose first word is the core's command: {@code /kindred checkin
 * 09:00}. A workspace that also registers a core command on its own ({@code /checkin}) gets it too.
 */
final class SlackTranslator {

    static final String CANNOT_READ = "slack.text-only";
    static final String CANNOT_READ_EDITS = "slack.no-edits";
    /** The command a bare {@code /kindred} runs. */
    static final String BARE_COMMAND = "help";

    private final String appCommand;
    private final SlackChannels channels;

    SlackTranslator(String appCommand, SlackChannels channels) {
        this.appCommand = appCommand;
        this.channels = channels;
    }

    SlackTranslation command(SlashCommandPayload payload) {
        if (payload.getUserId() == null || payload.getTeamId() == null || payload.getCommand() == null) {
            return new SlackTranslation.Ignored("a command without a member");
        }
        Sender sender = new Sender(Platform.SLACK, payload.getTeamId(), payload.getUserId(),
                payload.getUserName(), LocaleHints.none(), false);
        // Empty command text arrives as null, not "".
        String text = payload.getText() == null ? "" : payload.getText().strip();
        String command = payload.getCommand().strip().toLowerCase(Locale.ROOT);
        String name;
        String arguments;
        if (command.equals(appCommand)) {
            int space = indexOfWhitespace(text);
            name = text.isEmpty() ? BARE_COMMAND : space < 0 ? text : text.substring(0, space);
            arguments = space < 0 ? "" : text.substring(space + 1);
            if (name.startsWith("/")) {
                // "/kindred /checkin" is what someone copying a help text may type.
                name = name.substring(1);
            }
        } else {
            name = command.startsWith("/") ? command.substring(1) : command;
            arguments = text;
        }
        if (name.isBlank()) {
            name = BARE_COMMAND;
        }
        return new SlackTranslation.Event(new CommandIssued(sender, commandPlace(payload), name, arguments));
    }

    /**
     * A command's replies go to Kindred's own DM with the member. Slack does not say whether a DM channel
     * is that one or a DM between two people, so only a DM Kindred already knows is used as it is.
     */
    private Place commandPlace(SlashCommandPayload payload) {
        String channel = payload.getChannelId() == null ? "" : payload.getChannelId();
        if (isDirect(channel)) {
            return Place.direct(channels.isKindredsDm(payload.getUserId(), channel) ? channel : "");
        }
        return Place.space(channel);
    }

    SlackTranslation message(String teamId, MessageEvent event, String botUserId) {
        if (event.getUser() == null || event.getBotId() != null || event.getSubtype() != null) {
            return new SlackTranslation.Ignored("a message without a member (a bot or a channel notice)");
        }
        if (event.getUser().equals(botUserId)) {
            return new SlackTranslation.Ignored("Kindred's own message");
        }
        Place place = place(event.getChannel(), event.getChannelType());
        if (!place.isSpace()) {
            channels.rememberDm(event.getUser(), event.getChannel());
        }
        return new SlackTranslation.Event(new TextWritten(member(teamId, event.getUser()), place,
                event.getText() == null ? "" : event.getText()));
    }

    /** A file with words is read for its words (they may ask for help); a file alone cannot be read. */
    SlackTranslation fileShare(String teamId, MessageFileShareEvent event, String botUserId) {
        if (event.getUser() == null || event.getUser().equals(botUserId)) {
            return new SlackTranslation.Ignored("a file without a member");
        }
        Place place = place(event.getChannel(), event.getChannelType());
        Sender sender = member(teamId, event.getUser());
        if (event.getText() == null || event.getText().isBlank()) {
            return new SlackTranslation.CannotRead(sender, place, CANNOT_READ);
        }
        return new SlackTranslation.Event(new TextWritten(sender, place, event.getText()));
    }

    SlackTranslation edit(String teamId, MessageChangedEvent event, String botUserId) {
        MessageChangedEvent.Message changed = event.getMessage();
        if (changed == null || changed.getUser() == null || changed.getBotId() != null
                || changed.getUser().equals(botUserId) || !"im".equals(event.getChannelType())) {
            return new SlackTranslation.Ignored("an edit Kindred does not answer");
        }
        return new SlackTranslation.CannotRead(member(teamId, changed.getUser()), Place.direct(event.getChannel()),
                CANNOT_READ_EDITS);
    }

    /**
     * Someone added Kindred to a channel: it introduces itself there. Other members joining are none of
     * Kindred's business. Slack also reports Kindred joining the private channels it makes for groups,
     * as their creator and with no inviter; those get the group's guidelines, not an introduction.
     */
    SlackTranslation joined(String teamId, MemberJoinedChannelEvent event, String botUserId) {
        if (botUserId == null || !botUserId.equals(event.getUser())) {
            return new SlackTranslation.Ignored("someone else joined a channel");
        }
        String inviter = event.getInviter();
        if (inviter == null || inviter.isBlank() || inviter.equals(botUserId)) {
            return new SlackTranslation.Ignored("Kindred joined a channel nobody invited it to (one it made itself)");
        }
        if (teamId == null || event.getChannel() == null || isDirect(event.getChannel())) {
            return new SlackTranslation.Ignored("a join without a workspace or a channel");
        }
        return new SlackTranslation.Invited(new Lifecycle.BotAdded(Platform.SLACK, teamId, Place.space(event.getChannel()),
                LocaleHints.none()), inviter);
    }

    SlackTranslation press(BlockActionPayload payload) {
        if (payload.getUser() == null || payload.getActions() == null || payload.getActions().isEmpty()) {
            return new SlackTranslation.Ignored("a press without a member");
        }
        BlockActionPayload.Action action = payload.getActions().get(0);
        String value = action.getSelectedOption() != null ? action.getSelectedOption().getValue() : action.getValue();
        String team = payload.getTeam() != null && payload.getTeam().getId() != null ? payload.getTeam().getId()
                : payload.getUser().getTeamId();
        if (team == null) {
            return new SlackTranslation.Ignored("a press without a workspace");
        }
        String channel = payload.getChannel() != null ? payload.getChannel().getId()
                : payload.getContainer() != null ? payload.getContainer().getChannelId() : null;
        String ts = payload.getContainer() == null ? null : payload.getContainer().getMessageTs();
        if (channel == null) {
            return new SlackTranslation.Ignored("a press outside a conversation");
        }
        Place place = isDirect(channel) ? Place.direct(channel) : Place.space(channel);
        if (!place.isSpace()) {
            // Only Kindred's messages carry its buttons, so a press in a DM is in Kindred's own DM.
            channels.rememberDm(payload.getUser().getId(), channel);
        }
        Sender sender = new Sender(Platform.SLACK, team, payload.getUser().getId(), payload.getUser().getUsername(),
                LocaleHints.none(), false);
        return new SlackTranslation.Event(new ButtonPressed(sender, place, value, ts == null ? "" : messageRef(channel, ts)));
    }

    static String messageRef(String channel, String ts) {
        return channel + "/" + ts;
    }

    private static Sender member(String teamId, String userId) {
        return new Sender(Platform.SLACK, teamId, userId, "", LocaleHints.none(), false);
    }

    private static Place place(String channel, String channelType) {
        return "im".equals(channelType) ? Place.direct(channel) : Place.space(channel);
    }

    /** Slack's DM channel ids start with D. */
    static boolean isDirect(String channel) {
        return channel != null && channel.startsWith("D");
    }

    private static int indexOfWhitespace(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }
}
