package app.kindred.discord;

import app.kindred.core.contract.MarkdownSubset;
import app.kindred.core.contract.Message;
import app.kindred.core.contract.Part;
import app.kindred.core.contract.TextLimits;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.actionrow.ActionRowChildComponent;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.components.buttons.ButtonStyle;
import net.dv8tion.jda.api.components.selections.StringSelectMenu;
import net.dv8tion.jda.api.entities.Message.MentionType;
import net.dv8tion.jda.api.utils.FileUpload;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Supplier;

/**
 * Turns the core's messages into Discord messages. Consecutive text and button rows share a message,
 * its texts in order and its rows below them (up to Discord's five rows); a choice becomes a select menu; an http link becomes a link button and a
 * phone number is written out; an image is attached with its alt text as the attachment's description;
 * a document is attached with its caption as text. Button payloads go into {@code custom_id} untouched.
 * Nothing Kindred sends can ping anyone: every message allows no mentions.
 */
final class DiscordRendering {

    /** Discord's limits. */
    static final int ROWS_PER_MESSAGE = 5;
    static final int BUTTONS_PER_ROW = 5;
    static final int BUTTON_LABEL_LIMIT = 80;
    static final int OPTION_LABEL_LIMIT = 100;
    static final int PLACEHOLDER_LIMIT = 150;
    static final int ALT_TEXT_LIMIT = 1024;
    /** The custom_id of a select menu; the chosen option's value carries the payload. */
    static final String CHOICE_ID = "kindred-choice-";

    private DiscordRendering() {
    }

    /**
     * One Discord message, built afresh for each attempt: an attachment's data can be read only once.
     *
     * @param label what it is, for log lines (never content)
     */
    record Post(String label, Supplier<MessageCreateData> data) {
    }

    static List<Post> render(Message message) {
        List<Draft> drafts = new ArrayList<>();
        for (Part part : message.parts()) {
            if (part instanceof Part.Text text) {
                textDraft(drafts).addText(DiscordMarkdown.render(text.markdown()));
            } else if (part instanceof Part.Buttons row) {
                List<ActionRowChildComponent> buttons = new ArrayList<>();
                for (Part.Button button : row.buttons()) {
                    buttons.add(Button.of(style(button.style()), button.payload(),
                            TextLimits.shorten(button.label(), BUTTON_LABEL_LIMIT)));
                }
                addRows(drafts, buttons);
            } else if (part instanceof Part.Choice choice) {
                addChoice(drafts, choice);
            } else if (part instanceof Part.Link link) {
                if (link.url().startsWith("tel:")) {
                    // Discord's link buttons take http(s) only; a number written out can be copied or tapped.
                    textDraft(drafts).addText(DiscordMarkdown.escape(link.label() + ": " + link.url().substring(4)));
                } else {
                    addRows(drafts, List.of(Button.link(link.url(), TextLimits.shorten(link.label(), BUTTON_LABEL_LIMIT))));
                }
            } else if (part instanceof Part.Image image) {
                fileDraft(drafts).addFile(image.png(), image.fileName(), TextLimits.shorten(image.altText(), ALT_TEXT_LIMIT));
            } else if (part instanceof Part.Document document) {
                Draft draft = fileDraft(drafts);
                if (!document.caption().isBlank()) {
                    draft.addText(DiscordMarkdown.render(document.caption()));
                }
                draft.addFile(document.content(), document.fileName(), null);
            }
        }
        List<Post> posts = new ArrayList<>();
        drafts.forEach(draft -> draft.posts(posts));
        return posts;
    }

    private static ButtonStyle style(Part.Style style) {
        return switch (style) {
            case PRIMARY -> ButtonStyle.PRIMARY;
            case DANGER -> ButtonStyle.DANGER;
            case PLAIN -> ButtonStyle.SECONDARY;
        };
    }

    /**
     * Text continues the last message unless it carries files: Discord shows a message's buttons below all of
     * its text anyway, and one message instead of two keeps a crisis reply whole and within the channel's pace.
     */
    private static Draft textDraft(List<Draft> drafts) {
        Draft last = drafts.isEmpty() ? null : drafts.get(drafts.size() - 1);
        if (last != null && last.files.isEmpty()) {
            return last;
        }
        Draft fresh = new Draft();
        drafts.add(fresh);
        return fresh;
    }

    private static Draft fileDraft(List<Draft> drafts) {
        Draft last = drafts.isEmpty() ? null : drafts.get(drafts.size() - 1);
        if (last != null && last.rows.isEmpty()) {
            return last;
        }
        Draft fresh = new Draft();
        drafts.add(fresh);
        return fresh;
    }

    private static void addRows(List<Draft> drafts, List<ActionRowChildComponent> components) {
        for (int i = 0; i < components.size(); i += BUTTONS_PER_ROW) {
            rowDraft(drafts).rows.add(ActionRow.of(components.subList(i, Math.min(components.size(), i + BUTTONS_PER_ROW))));
        }
    }

    private static void addChoice(List<Draft> drafts, Part.Choice choice) {
        Draft draft = rowDraft(drafts);
        StringSelectMenu.Builder menu = StringSelectMenu.create(CHOICE_ID + draft.rows.size())
                .setPlaceholder(TextLimits.shorten(MarkdownSubset.toPlain(choice.placeholder()), PLACEHOLDER_LIMIT));
        for (Part.Option option : choice.options()) {
            menu.addOption(TextLimits.shorten(option.label(), OPTION_LABEL_LIMIT), option.payload());
        }
        draft.rows.add(ActionRow.of(menu.build()));
    }

    private static Draft rowDraft(List<Draft> drafts) {
        Draft last = drafts.isEmpty() ? null : drafts.get(drafts.size() - 1);
        if (last != null && last.rows.size() < ROWS_PER_MESSAGE) {
            return last;
        }
        Draft fresh = new Draft();
        drafts.add(fresh);
        return fresh;
    }

    /** One message being put together. */
    private static final class Draft {
        private final StringBuilder text = new StringBuilder();
        private final List<ActionRow> rows = new ArrayList<>();
        private final List<Attachment> files = new ArrayList<>();

        void addText(String rendered) {
            if (!text.isEmpty()) {
                text.append("\n\n");
            }
            text.append(rendered);
        }

        void addFile(byte[] data, String name, String description) {
            files.add(new Attachment(data, name, description));
        }

        void posts(List<Post> out) {
            List<String> chunks = text.isEmpty() ? List.of("") : DiscordMarkdown.chunks(text.toString(), DiscordMarkdown.MESSAGE_LIMIT);
            for (int i = 0; i < chunks.size(); i++) {
                String content = chunks.get(i);
                boolean last = i == chunks.size() - 1;
                List<ActionRow> myRows = last ? List.copyOf(rows) : List.of();
                List<Attachment> myFiles = last ? List.copyOf(files) : List.of();
                String label = !myFiles.isEmpty() ? "files" : !myRows.isEmpty() ? "components" : "text";
                out.add(new Post(label, () -> {
                    MessageCreateBuilder builder = new MessageCreateBuilder()
                            .setAllowedMentions(EnumSet.noneOf(MentionType.class));
                    if (!content.isEmpty()) {
                        builder.setContent(content);
                    }
                    builder.setComponents(myRows);
                    for (Attachment file : myFiles) {
                        FileUpload upload = FileUpload.fromData(file.data(), file.name());
                        if (file.description() != null && !file.description().isBlank()) {
                            upload.setDescription(file.description());
                        }
                        builder.addFiles(upload);
                    }
                    return builder.build();
                }));
            }
        }
    }

    private record Attachment(byte[] data, String name, String description) {
    }
}
