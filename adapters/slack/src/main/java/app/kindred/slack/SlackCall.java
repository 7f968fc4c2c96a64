package app.kindred.slack;

import com.slack.api.model.block.LayoutBlock;

import java.util.List;

/** One Web API call that delivers part of a message; the channel is resolved when it is sent. */
sealed interface SlackCall {

    /**
     * chat.postMessage with Block Kit blocks.
     *
     * @param text the notification fallback, already escaped mrkdwn
     */
    record Post(List<LayoutBlock> blocks, String text) implements SlackCall {
        public Post {
            blocks = List.copyOf(blocks);
        }
    }

    /**
     * A file upload (files.uploadV2): a chart with its alt text, or a member's data export.
     *
     * @param title   the file's title, shown above it
     * @param altText what the image shows, for screen readers; empty for files that are not images
     * @param comment mrkdwn posted with the file; may be empty
     */
    record Upload(byte[] content, String fileName, String title, String altText, String comment) implements SlackCall {
    }
}
