package app.kindred.core.conversation;

import app.kindred.core.contract.Lifecycle;

import java.time.Instant;
import java.util.List;

/** The one-method handler shapes features register in {@link Routes}. */
public final class Handlers {

    private Handlers() {
    }

    /** Handles a command; the arguments are on the turn's event. */
    @FunctionalInterface
    public interface OnCommand {
        void handle(Turn turn, String arguments);
    }

    /** Handles a verified button press with the value that was signed into it. */
    @FunctionalInterface
    public interface OnPress {
        void handle(Turn turn, String value);
    }

    /** Looks at free text that no earlier listener took; returns true when it answered. */
    @FunctionalInterface
    public interface OnText {
        boolean handle(Turn turn, String text);
    }

    /** Work that runs on the clock (due check-ins, expiries, matching); returns what to send. */
    @FunctionalInterface
    public interface OnTick {
        List<app.kindred.core.contract.Outbound> run(Instant now);
    }

    /** Reacts to a lifecycle event of one kind. */
    @FunctionalInterface
    public interface OnLifecycle<E extends Lifecycle> {
        List<app.kindred.core.contract.Outbound> handle(E event, Instant now);
    }
}
