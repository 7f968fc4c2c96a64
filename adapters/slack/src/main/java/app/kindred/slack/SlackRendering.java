package app.kindred.slack;

import app.kindred.core.contract.MarkdownSubset;
import app.kindred.core.contract.Message;
import app.kindred.core.contract.Part;
import app.kindred.core.contract.TextLimits;
import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.block.composition.PlainTextObject;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.block.element.ButtonElement;
import com.slack.api.model.block.element.StaticSelectElement;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * Turns the core's messages into Web API calls. Consecutive text, buttons, choices and links become one
 * Block Kit message: text as mrkdwn sections, each row of buttons as an actions block whose button
 * values are the core's payloads, untouched; a choice as a select menu; a link as a link button (a
 * phone number written out, since Slack cannot dial). An image becomes an upload with its alt text; a
 * document an upload with its caption. Uploads keep their place between messages.
 */
final class SlackRendering {

    /** Every Kindred button's action id starts with this; the number after it keeps ids unique in a message. */
    static final String ACTION_PREFIX = "kindred:";
    /** Link buttons open a page; Slack still reports the click, which is only acknowledged. */
    static final String LINK_PREFIX = "kindred-link:";
    static final Pattern ACTIONS = Pattern.compile("^" + Pattern.quote(ACTION_PREFIX) + ".*");
    static final Pattern LINKS = Pattern.compile("^" + Pattern.quote(LINK_PREFIX) + ".*");

    /** Slack's limits: blocks per message, elements per actions block, characters of a label. */
    private static final int BLOCK_LIMIT = 50;
    private static final int ELEMENT_LIMIT = 25;
    private static final int LABEL_LIMIT = 75;
    private static final int PLACEHOLDER_LIMIT = 150;
    private static final int FALLBACK_LIMIT = 1000;

    private SlackRendering() {
    }

    /** @param spelling shows the core's command names as Slack members type them */
    static List<SlackCall> render(Message message, UnaryOperator<String> spelling) {
        List<SlackCall> calls = new ArrayList<>();
        PostBuilder post = new PostBuilder();
        for (Part part : message.parts()) {
            if (part instanceof Part.Text text) {
                post.text(spelling.apply(text.markdown()));
            } else if (part instanceof Part.Buttons row) {
                List<BlockElement> buttons = new ArrayList<>();
                for (Part.Button button : row.buttons()) {
                    buttons.add(ButtonElement.builder()
                            .text(plain(button.label(), LABEL_LIMIT))
                            .actionId(post.nextActionId(ACTION_PREFIX))
                            .value(button.payload())
                            .style(style(button.style()))
                            .build());
                }
                post.actions(buttons, String.join(" · ", row.buttons().stream().map(Part.Button::label).toList()));
            } else if (part instanceof Part.Choice choice) {
                List<OptionObject> options = new ArrayList<>();
                for (Part.Option option : choice.options()) {
                    options.add(OptionObject.builder().text(plain(option.label(), LABEL_LIMIT)).value(option.payload()).build());
                }
                post.actions(List.of(StaticSelectElement.builder()
                        .placeholder(plain(choice.placeholder().isBlank() ? "…" : choice.placeholder(), PLACEHOLDER_LIMIT))
                        .actionId(post.nextActionId(ACTION_PREFIX))
                        .options(options)
                        .build()), choice.placeholder());
            } else if (part instanceof Part.Link link) {
                if (link.url().startsWith("tel:")) {
                    post.text(MarkdownSubset.escape(link.label() + ": " + link.url().substring(4)));
                } else {
                    post.actions(List.of(ButtonElement.builder()
                            .text(plain(link.label(), LABEL_LIMIT))
                            .actionId(post.nextActionId(LINK_PREFIX))
                            .url(link.url())
                            .build()), link.label());
                }
            } else if (part instanceof Part.Image image) {
                post.flushInto(calls);
                String alt = TextLimits.shorten(image.altText(), 1000);
                calls.add(new SlackCall.Upload(image.png(), image.fileName(), TextLimits.shorten(image.altText(), 250), alt, ""));
            } else if (part instanceof Part.Document document) {
                post.flushInto(calls);
                calls.add(new SlackCall.Upload(document.content(), document.fileName(), document.fileName(), "",
                        document.caption().isBlank() ? "" : SlackMrkdwn.render(spelling.apply(document.caption()))));
            }
        }
        post.flushInto(calls);
        return calls;
    }

    /** The blocks of an answered message without its buttons, for chat.update; empty when nothing would be left. */
    static Optional<List<LayoutBlock>> withoutButtons(List<LayoutBlock> blocks) {
        if (blocks == null) {
            return Optional.empty();
        }
        List<LayoutBlock> kept = blocks.stream().filter(block -> !(block instanceof ActionsBlock)).toList();
        return kept.isEmpty() || kept.size() == blocks.size() ? Optional.empty() : Optional.of(kept);
    }

    /**
     * The top-level text for blocks sent again by chat.update: their sections' text, as the first post's
     * fallback was, so notifications and screen readers still have words once the buttons are gone.
     */
    static String fallbackText(List<LayoutBlock> blocks) {
        StringBuilder text = new StringBuilder();
        for (LayoutBlock block : blocks) {
            if (block instanceof SectionBlock section && section.getText() != null && section.getText().getText() != null) {
                if (!text.isEmpty()) {
                    text.append('\n');
                }
                text.append(section.getText().getText());
            }
        }
        return TextLimits.shorten(text.toString(), FALLBACK_LIMIT);
    }

    private static PlainTextObject plain(String text, int limit) {
        return PlainTextObject.builder().text(TextLimits.shorten(text, limit)).emoji(true).build();
    }

    private static String style(Part.Style style) {
        return switch (style) {
            case PRIMARY -> "primary";
            case DANGER -> "danger";
            default -> null;
        };
    }

    /** Collects blocks for one chat.postMessage, splitting where Slack's block limit would be passed. */
    private static final class PostBuilder {
        private final List<LayoutBlock> blocks = new ArrayList<>();
        private final StringBuilder fallback = new StringBuilder();
        private final List<SlackCall> overflow = new ArrayList<>();
        private int actions;

        void text(String markdown) {
            for (String chunk : SlackMrkdwn.renderChunks(markdown, SlackMrkdwn.SECTION_LIMIT)) {
                if (chunk.isBlank()) {
                    continue;
                }
                add(SectionBlock.builder()
                        .text(MarkdownTextObject.builder().text(chunk).verbatim(true).build())
                        .build());
            }
            appendFallback(SlackMrkdwn.escape(MarkdownSubset.toPlain(markdown)));
        }

        void actions(List<BlockElement> elements, String fallbackText) {
            for (int i = 0; i < elements.size(); i += ELEMENT_LIMIT) {
                add(ActionsBlock.builder().elements(new ArrayList<>(elements.subList(i, Math.min(elements.size(), i + ELEMENT_LIMIT))))
                        .build());
            }
            if (fallback.isEmpty()) {
                appendFallback(SlackMrkdwn.escape(fallbackText));
            }
        }

        String nextActionId(String prefix) {
            return prefix + actions++;
        }

        private void add(LayoutBlock block) {
            if (blocks.size() == BLOCK_LIMIT) {
                overflow.add(new SlackCall.Post(blocks, fallbackText()));
                blocks.clear();
                fallback.setLength(0);
            }
            blocks.add(block);
        }

        private void appendFallback(String text) {
            if (fallback.length() < FALLBACK_LIMIT) {
                if (!fallback.isEmpty()) {
                    fallback.append('\n');
                }
                fallback.append(text);
            }
        }

        private String fallbackText() {
            return TextLimits.shorten(fallback.toString(), FALLBACK_LIMIT);
        }

        void flushInto(List<SlackCall> calls) {
            calls.addAll(overflow);
            overflow.clear();
            if (!blocks.isEmpty()) {
                calls.add(new SlackCall.Post(blocks, fallbackText()));
            }
            blocks.clear();
            fallback.setLength(0);
            actions = 0;
        }
    }
}
