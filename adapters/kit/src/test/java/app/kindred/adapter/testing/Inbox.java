package app.kindred.adapter.testing;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What Kindred sent one member on a fake platform, read in the order it was sent: a test takes the next
 * message, or waits for one that says something, passing over those before it.
 *
 * @param <M> a message as the fake platform recorded it
 */
public final class Inbox<M> {

    private final String member;
    private final Supplier<List<M>> sent;
    private final Function<M, String> text;
    private final Supplier<String> context;
    private int read;

    /**
     * @param member  who the messages are for, as a failure names them
     * @param sent    every message sent to the member so far, oldest first
     * @param text    what a message says
     * @param context what else a failure to get a next message shows (all that was sent, unmatched requests)
     */
    public Inbox(String member, Supplier<List<M>> sent, Function<M, String> text, Supplier<String> context) {
        this.member = member;
        this.sent = sent;
        this.text = text;
        this.context = context;
    }

    /** Waits for the message after the last one read. */
    public M next() {
        return Eventually.found(() -> {
            List<M> mine = sent.get();
            return mine.size() > read ? mine.get(read++) : null;
        }, () -> member + " got no further message; " + context.get());
    }

    /** Waits for a message whose text contains the words, passing over those before it. */
    public M containing(String words) {
        return Eventually.found(() -> {
            List<M> mine = sent.get();
            for (int i = read; i < mine.size(); i++) {
                if (text.apply(mine.get(i)).contains(words)) {
                    read = i + 1;
                    return mine.get(i);
                }
            }
            return null;
        }, () -> member + " got no message containing '" + words + "': " + sent.get().stream().map(text).toList());
    }

    /** Counts everything sent so far as read. */
    public void skipAll() {
        read = sent.get().size();
    }
}
