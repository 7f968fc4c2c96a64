package app.kindred.core.checkin;

import app.kindred.core.conversation.Access;
import app.kindred.core.conversation.Feature;
import app.kindred.core.conversation.Routes;
import app.kindred.core.conversation.Turn;
import app.kindred.core.conversation.Services;

/**
 * Check-ins: the {@code checkin} command (now, or a schedule in the member's time zone), the answers to
 * the prompt (score, tags, skip, snooze) and the clock job that sends scheduled prompts.
 */
public final class CheckinFeature implements Feature {

    private final Services services;
    private final CheckinPorts ports;

    public CheckinFeature(Services services, CheckinPorts ports) {
        this.services = services;
        this.ports = ports;
    }

    @Override
    public void register(Routes routes) {
        CheckinCommand command = new CheckinCommand(ports, new CheckinWords(services.prompts()));
        CheckinAnswers answers = new CheckinAnswers(ports);
        CheckinClock clock = new CheckinClock(services, ports);
        routes.command("checkin", Access.CONSENTED, command::handle)
                .action(CheckinPrompt.SCORE, Access.CONSENTED, answers::score)
                .action(CheckinPrompt.TAG, Access.CONSENTED, answers::tag)
                .action(CheckinPrompt.SKIP, Access.CONSENTED, answers::skip)
                .action(CheckinPrompt.SNOOZE, Access.CONSENTED, answers::snooze)
                .action(CheckinCommand.USE_DEFAULT_ZONE, Access.CONSENTED, (turn, value) ->
                        command.useZone(turn, turn.profile().orElseThrow(), services.settings().defaultTimeZone()))
                .text(CheckinFeature::scoreTyped)
                .tick(clock::run);
    }

    /**
     * A lone "1" to "5" written in a direct chat is a check-in answer typed instead of pressed: the member hears
     * where to tap rather than that Kindred cannot chat.
     */
    private static boolean scoreTyped(Turn turn, String text) {
        String typed = text.strip();
        if (turn.place().isSpace() || typed.length() != 1 || typed.charAt(0) < '1' || typed.charAt(0) > '5') {
            return false;
        }
        turn.replyText("checkin.typed-score", "score", typed);
        return true;
    }
}
