package app.kindred.telegram;

import app.kindred.core.contract.Address;
import app.kindred.core.contract.MarkdownSubset;
import app.kindred.core.contract.Message;
import app.kindred.core.contract.Part;
import app.kindred.core.contract.RetireButtons;
import app.kindred.core.contract.TextLimits;
import org.telegram.telegrambots.meta.api.methods.ParseMode;
import org.telegram.telegrambots.meta.api.methods.botapimethods.PartialBotApiMethod;
import org.telegram.telegrambots.meta.api.methods.send.SendDocument;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.send.SendPhoto;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageReplyMarkup;
import org.telegram.telegrambots.meta.api.objects.InputFile;
import org.telegram.telegrambots.meta.api.objects.LinkPreviewOptions;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns the core's messages into Bot API calls. Consecutive text, buttons and links become one text
 * message, its texts in order and every button row in the inline keyboard below them (payloads passed
 * through untouched); an image becomes a photo with its alt text as the caption; a document is sent as
 * a file. Photos and files keep their place between text messages.
 */
final class TelegramRendering {

    /** Telegram's limit on a caption's visible text. */
    static final int CAPTION_LIMIT = 1024;
    /** Telegram shows at most eight buttons in a row. */
    private static final int ROW_LIMIT = 8;
    /** Telegram needs some text under a keyboard; a pointing hand, never a sentence, when the core sent none. */
    private static final String KEYBOARD_ONLY = "👇";

    private TelegramRendering() {
    }

    static String chatId(Address address) {
        if (address instanceof Address.Direct direct) {
            return direct.conversationId().isEmpty() ? direct.userId() : direct.conversationId();
        }
        return ((Address.Space) address).spaceId();
    }

    static List<TelegramCall> render(Message message) {
        String chat = chatId(message.to());
        List<Block> blocks = new ArrayList<>();
        for (Part part : message.parts()) {
            Block last = blocks.isEmpty() ? null : blocks.get(blocks.size() - 1);
            if (part instanceof Part.Text text) {
                textBlock(blocks, last).addText(text.markdown());
            } else if (part instanceof Part.Buttons row) {
                List<InlineKeyboardButton> buttons = new ArrayList<>();
                for (Part.Button button : row.buttons()) {
                    buttons.add(InlineKeyboardButton.builder().text(button.label()).callbackData(button.payload()).build());
                }
                carrier(blocks, last, null).addRow(buttons);
            } else if (part instanceof Part.Choice choice) {
                Block carrier = carrier(blocks, last, choice.placeholder());
                for (Part.Option option : choice.options()) {
                    carrier.addRow(List.of(InlineKeyboardButton.builder().text(option.label()).callbackData(option.payload()).build()));
                }
            } else if (part instanceof Part.Link link) {
                if (link.url().startsWith("tel:")) {
                    // Telegram buttons and HTML links cannot dial; a number written out is tappable in every client.
                    textBlock(blocks, last).addText(MarkdownSubset.escape(link.label() + ": " + link.url().substring(4)));
                } else {
                    carrier(blocks, last, null).addRow(List.of(InlineKeyboardButton.builder().text(link.label()).url(link.url()).build()));
                }
            } else if (part instanceof Part.Image image) {
                blocks.add(new PhotoBlock(image));
            } else if (part instanceof Part.Document document) {
                blocks.add(new DocumentBlock(document));
            }
        }
        List<TelegramCall> calls = new ArrayList<>();
        blocks.forEach(block -> block.calls(chat, calls));
        return calls;
    }

    /** Removes the keyboard of an answered message; empty when the reference is not a Telegram message id. */
    static Optional<TelegramCall> retire(RetireButtons retire) {
        Integer messageId = parseMessageId(retire.messageRef());
        if (messageId == null) {
            return Optional.empty();
        }
        String chat = chatId(retire.where());
        return Optional.of(new TelegramCall("editMessageReplyMarkup",
                () -> EditMessageReplyMarkup.builder().chatId(chat).messageId(messageId).build()));
    }

    private static Integer parseMessageId(String ref) {
        try {
            return Integer.valueOf(ref);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static TextBlock textBlock(List<Block> blocks, Block last) {
        if (last instanceof TextBlock text) {
            // Text after buttons joins the same message: Telegram shows a keyboard under all of a message's text,
            // and one message instead of two keeps to the one-a-second pace per chat.
            return text;
        }
        TextBlock fresh = new TextBlock();
        blocks.add(fresh);
        return fresh;
    }

    /** The message a keyboard row belongs to: the one just before it, or a new one when there is none. */
    private static Block carrier(List<Block> blocks, Block last, String placeholder) {
        if (last != null) {
            return last;
        }
        TextBlock fresh = new TextBlock();
        fresh.addText(placeholder == null || placeholder.isBlank() ? KEYBOARD_ONLY : MarkdownSubset.escape(placeholder));
        blocks.add(fresh);
        return fresh;
    }

    private abstract static class Block {
        final List<InlineKeyboardRow> rows = new ArrayList<>();

        void addRow(List<InlineKeyboardButton> buttons) {
            for (int i = 0; i < buttons.size(); i += ROW_LIMIT) {
                rows.add(new InlineKeyboardRow(buttons.subList(i, Math.min(buttons.size(), i + ROW_LIMIT))));
            }
        }

        void addText(String markdown) {
            throw new IllegalStateException("only text blocks take text");
        }

        InlineKeyboardMarkup keyboard() {
            return rows.isEmpty() ? null : InlineKeyboardMarkup.builder().keyboard(List.copyOf(rows)).build();
        }

        abstract void calls(String chat, List<TelegramCall> out);
    }

    private static final class TextBlock extends Block {
        private final StringBuilder markdown = new StringBuilder();

        @Override
        void addText(String text) {
            if (!markdown.isEmpty()) {
                markdown.append("\n\n");
            }
            markdown.append(text);
        }

        @Override
        void calls(String chat, List<TelegramCall> out) {
            List<String> chunks = TelegramHtml.renderChunks(markdown.isEmpty() ? KEYBOARD_ONLY : markdown.toString(),
                    TelegramHtml.MESSAGE_LIMIT);
            InlineKeyboardMarkup keyboard = keyboard();
            for (int i = 0; i < chunks.size(); i++) {
                String html = chunks.get(i).isBlank() ? KEYBOARD_ONLY : chunks.get(i);
                InlineKeyboardMarkup markup = i == chunks.size() - 1 ? keyboard : null;
                out.add(new TelegramCall("sendMessage", () -> SendMessage.builder()
                        .chatId(chat)
                        .text(html)
                        .parseMode(ParseMode.HTML)
                        .linkPreviewOptions(LinkPreviewOptions.builder().isDisabled(true).build())
                        .replyMarkup(markup)
                        .build()));
            }
        }
    }

    private static final class PhotoBlock extends Block {
        private final Part.Image image;

        PhotoBlock(Part.Image image) {
            this.image = image;
        }

        @Override
        void calls(String chat, List<TelegramCall> out) {
            // Plain caption, no parse mode: the alt text is shown exactly as written, so there is nothing to escape.
            String caption = TextLimits.shorten(image.altText(), CAPTION_LIMIT);
            InlineKeyboardMarkup keyboard = keyboard();
            out.add(new TelegramCall("sendPhoto", () -> SendPhoto.builder()
                    .chatId(chat)
                    .photo(new InputFile(new ByteArrayInputStream(image.png()), image.fileName()))
                    .caption(caption.isBlank() ? null : caption)
                    .replyMarkup(keyboard)
                    .build()));
        }
    }

    private static final class DocumentBlock extends Block {
        private final Part.Document document;

        DocumentBlock(Part.Document document) {
            this.document = document;
        }

        @Override
        void calls(String chat, List<TelegramCall> out) {
            List<String> caption = TelegramHtml.renderChunks(document.caption(), CAPTION_LIMIT);
            boolean fits = caption.size() == 1;
            if (!fits) {
                // A caption too long for Telegram goes first as its own message, whole.
                TextBlock first = new TextBlock();
                first.addText(document.caption());
                first.calls(chat, out);
            }
            String html = fits ? caption.get(0) : "";
            InlineKeyboardMarkup keyboard = keyboard();
            out.add(new TelegramCall("sendDocument", () -> SendDocument.builder()
                    .chatId(chat)
                    .document(new InputFile(new ByteArrayInputStream(document.content()), document.fileName()))
                    .caption(html.isBlank() ? null : html)
                    .parseMode(html.isBlank() ? null : ParseMode.HTML)
                    .replyMarkup(keyboard)
                    .build()));
        }
    }
}
