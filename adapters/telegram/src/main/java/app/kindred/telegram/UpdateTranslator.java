package app.kindred.telegram;

import app.kindred.core.contract.ButtonPressed;
import app.kindred.core.contract.CommandIssued;
import app.kindred.core.contract.Lifecycle;
import app.kindred.core.contract.LocaleHints;
import app.kindred.core.contract.Place;
import app.kindred.core.contract.Platform;
import app.kindred.core.contract.Sender;
import app.kindred.core.contract.TextWritten;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.MessageEntity;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.chat.Chat;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMemberUpdated;
import org.telegram.telegrambots.meta.api.objects.message.MaybeInaccessibleMessage;
import org.telegram.telegrambots.meta.api.objects.message.Message;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Reads Telegram updates into the core's events: commands, button presses, free text, a member blocking
 * Kindred, Kindred being added to a group. It decides nothing about the conversation and trusts nothing
 * it reads; button payloads are passed to the core untouched for it to verify.
 */
final class UpdateTranslator {

    /** Telegram one-to-one is one audience: a member's id is the same in their chat and in any group. */
    static final String COMMUNITY = "direct";
    static final String CANNOT_READ = "telegram.text-only";
    static final String CANNOT_READ_EDITS = "telegram.no-edits";

    /** The update types Kindred asks Telegram for. */
    static final List<String> ALLOWED_UPDATES = List.of("message", "edited_message", "callback_query", "my_chat_member");

    private final Supplier<String> botUsername;

    /** @param botUsername the bot's own username once known (getMe), to tell its commands from other bots' in groups */
    UpdateTranslator(Supplier<String> botUsername) {
        this.botUsername = botUsername;
    }

    UpdateTranslation translate(Update update) {
        if (update.hasMessage()) {
            return message(update.getMessage());
        }
        if (update.hasCallbackQuery()) {
            return press(update.getCallbackQuery());
        }
        if (update.hasEditedMessage()) {
            Message edited = update.getEditedMessage();
            return fromMember(edited) ? new UpdateTranslation.CannotRead(sender(edited.getFrom()), place(edited.getChat()),
                    CANNOT_READ_EDITS) : ignored("an edit without a member");
        }
        if (update.hasMyChatMember()) {
            return membership(update.getMyChatMember());
        }
        return ignored("an update type Kindred does not use");
    }

    private UpdateTranslation message(Message message) {
        if (!fromMember(message)) {
            return ignored("a message without a member (a channel or an anonymous admin)");
        }
        Sender sender = sender(message.getFrom());
        Place place = place(message.getChat());
        if (message.getText() == null) {
            return hasContent(message) ? new UpdateTranslation.CannotRead(sender, place, CANNOT_READ)
                    : ignored("a service message");
        }
        String text = message.getText();
        // TelegramBots' isCommand()/getCommand() are wrong on a fresh message, so the entity is read here.
        MessageEntity command = leadingCommand(message.getEntities());
        if (command == null) {
            return new UpdateTranslation.Event(new TextWritten(sender, place, text), null);
        }
        int end = Math.min(text.length(), command.getOffset() + command.getLength());
        String word = text.substring(1, end);
        int at = word.indexOf('@');
        if (at >= 0) {
            String addressedTo = word.substring(at + 1);
            String me = botUsername.get();
            if (me != null && !me.isBlank() && !addressedTo.equalsIgnoreCase(me)) {
                return ignored("a command for another bot");
            }
            word = word.substring(0, at);
        }
        if (word.isEmpty()) {
            return new UpdateTranslation.Event(new TextWritten(sender, place, text), null);
        }
        return new UpdateTranslation.Event(new CommandIssued(sender, place, word, text.substring(end)), null);
    }

    private UpdateTranslation press(CallbackQuery query) {
        if (query.getFrom() == null) {
            return new UpdateTranslation.Ignored(query.getId(), "a press without a member");
        }
        if (query.getData() == null) {
            return new UpdateTranslation.Ignored(query.getId(), "a press without data (a game button)");
        }
        Sender sender = sender(query.getFrom());
        MaybeInaccessibleMessage carrier = query.getMessage();
        Place place = carrier == null || carrier.getChat() == null
                ? Place.direct(String.valueOf(query.getFrom().getId()))
                : place(carrier.getChat());
        String messageRef = carrier == null || carrier.getMessageId() == null ? "" : String.valueOf(carrier.getMessageId());
        return new UpdateTranslation.Event(new ButtonPressed(sender, place, query.getData(), messageRef), query.getId());
    }

    /** Telegram tells the bot when a member blocks it (kicked, in a private chat) and when a group adds it. */
    private UpdateTranslation membership(ChatMemberUpdated change) {
        if (change.getChat() == null || change.getNewChatMember() == null || change.getFrom() == null) {
            return ignored("an incomplete membership change");
        }
        String status = change.getNewChatMember().getStatus();
        boolean privateChat = "private".equals(change.getChat().getType());
        if (privateChat && "kicked".equals(status)) {
            return new UpdateTranslation.Event(new Lifecycle.MemberUnreachable(Platform.TELEGRAM, COMMUNITY,
                    String.valueOf(change.getFrom().getId())), null);
        }
        if (!privateChat && ("member".equals(status) || "administrator".equals(status))
                && !isMember(change.getOldChatMember() == null ? null : change.getOldChatMember().getStatus())) {
            return new UpdateTranslation.Event(new Lifecycle.BotAdded(Platform.TELEGRAM, COMMUNITY,
                    place(change.getChat()), hints(change.getFrom())), null);
        }
        return ignored("a membership change Kindred does not act on");
    }

    private static boolean isMember(String status) {
        return "member".equals(status) || "administrator".equals(status) || "creator".equals(status);
    }

    private static boolean fromMember(Message message) {
        return message != null && message.getFrom() != null && message.getChat() != null;
    }

    private static boolean hasContent(Message m) {
        return m.hasSticker() || m.hasDocument() || m.hasVideo() || m.hasAudio() || m.hasVoice() || m.hasPhoto()
                || m.hasAnimation() || m.hasVideoNote() || m.hasLocation() || m.hasContact() || m.hasPoll()
                || m.hasDice() || m.hasStory() || m.hasPaidMedia() || m.hasCaption();
    }

    private static MessageEntity leadingCommand(List<MessageEntity> entities) {
        if (entities == null) {
            return null;
        }
        for (MessageEntity entity : entities) {
            if ("bot_command".equals(entity.getType()) && entity.getOffset() != null && entity.getOffset() == 0
                    && entity.getLength() != null && entity.getLength() > 1) {
                return entity;
            }
        }
        return null;
    }

    static Sender sender(User user) {
        String name = user.getFirstName() == null ? "" : user.getFirstName();
        return new Sender(Platform.TELEGRAM, COMMUNITY, String.valueOf(user.getId()), name, hints(user),
                Boolean.TRUE.equals(user.getIsBot()));
    }

    /** Telegram's language_code is an IETF tag such as "en" or "pt-br"; the core wants the language alone. */
    static LocaleHints hints(User user) {
        String code = user.getLanguageCode();
        if (code == null || code.isBlank()) {
            return LocaleHints.none();
        }
        String language = code.strip().toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
        return language.matches("[a-z]{2,3}") ? LocaleHints.language(language) : LocaleHints.none();
    }

    static Place place(Chat chat) {
        String id = String.valueOf(chat.getId());
        return "private".equals(chat.getType()) ? Place.direct(id) : Place.space(id);
    }

    private static UpdateTranslation ignored(String why) {
        return new UpdateTranslation.Ignored(null, why);
    }
}
