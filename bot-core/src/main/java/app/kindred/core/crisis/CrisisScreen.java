package app.kindred.core.crisis;

import app.kindred.core.contract.CommandIssued;
import app.kindred.core.contract.TextWritten;
import app.kindred.core.conversation.Middleware;
import app.kindred.core.conversation.Turn;
import app.kindred.core.crisis.screening.Screener;
import app.kindred.core.crisis.screening.Screening;

import java.util.function.Predicate;

/**
 * Screens every free-text message, and whatever a member writes after a command, before anything else
 * handles it, in direct chats, spaces and relay circles alike, and leaves the verdict on the turn
 * ({@code turn.get(Screening.class)}). A clear crisis is answered at once, privately, and goes no further:
 * it is never relayed or handled by a feature.
 * Concern, or a crisis that may be a joke, gets a private one-tap check first; then the message goes on.
 * Worry about someone else that states no danger goes on unanswered here, to the supporter tips.
 * Works before consent and without the store.
 */
public final class CrisisScreen implements Middleware {

    private final Screener screener;
    private final CrisisReplies replies;
    private final Predicate<String> isCommand;

    /** @param isCommand whether a name is one of Kindred's commands (or their aliases) */
    public CrisisScreen(Screener screener, CrisisReplies replies, Predicate<String> isCommand) {
        this.screener = screener;
        this.replies = replies;
        this.isCommand = isCommand;
    }

    @Override
    public void handle(Turn turn, Chain next) {
        String text = writtenText(turn);
        if (text.isEmpty()) {
            next.proceed(turn);
            return;
        }
        Screening screening = screener.screen(text, turn.sender().hints().language());
        turn.put(Screening.class, screening);
        if (screening.isClearCrisis()) {
            replies.crisis(turn, screening);
            return;
        }
        if (screening.level() != Screening.Level.NONE && !screening.aboutSomeoneElse()) {
            replies.check(turn);
        }
        // Worry about someone else without stated danger goes on to the supporter tips, which point to /helplines.
        next.proceed(turn);
    }

    /** Whether this event is text that shows any sign of danger, to the member or to someone else. */
    public boolean mayBeCrisis(Turn turn) {
        String text = writtenText(turn);
        return !text.isEmpty() && screener.screen(text, turn.sender().hints().language()).level() != Screening.Level.NONE;
    }

    /**
     * What the member wrote in their own words: free text, or what follows a command. A command Kindred does
     * not know is read whole, because on Slack "/kindred i want to end it" arrives as the command "i".
     */
    private String writtenText(Turn turn) {
        if (turn.event() instanceof TextWritten text) {
            return text.text();
        }
        if (turn.event() instanceof CommandIssued command) {
            if (!isCommand.test(command.name())) {
                return command.name() + " " + command.arguments();
            }
            // Most arguments are times and numbers ("09:00", "90"): with no letter or emoji there is nothing to read.
            return hasWords(command.arguments()) ? command.arguments() : "";
        }
        return "";
    }

    private static boolean hasWords(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c) || c >= 0x2000) {
                return true;
            }
        }
        return false;
    }
}
