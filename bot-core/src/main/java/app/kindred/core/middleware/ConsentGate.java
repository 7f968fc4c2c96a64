package app.kindred.core.middleware;

import app.kindred.core.contract.ButtonPressed;
import app.kindred.core.contract.CommandIssued;
import app.kindred.core.conversation.Access;
import app.kindred.core.conversation.Middleware;
import app.kindred.core.conversation.Routes;
import app.kindred.core.conversation.Turn;
import app.kindred.core.member.MemberProfile;
import app.kindred.core.onboarding.Welcome;

/**
 * Nothing that stores data about a member runs before they agreed to it: such commands and free text
 * get the welcome with its consent button instead. Open commands (help, privacy, helplines, forget)
 * and button presses pass; each action declares its own access and is checked here too.
 */
public final class ConsentGate implements Middleware {

    private final Routes routes;
    private final Welcome welcome;

    public ConsentGate(Routes routes, Welcome welcome) {
        this.routes = routes;
        this.welcome = welcome;
    }

    @Override
    public void handle(Turn turn, Chain next) {
        if (isOpen(turn) || turn.profile().map(MemberProfile::hasConsented).orElse(false)) {
            next.proceed(turn);
        } else {
            welcome.show(turn, turn.say().language());
        }
    }

    private boolean isOpen(Turn turn) {
        if (turn.event() instanceof CommandIssued command) {
            return routes.command(command.name()).map(r -> r.access() == Access.OPEN).orElse(true);
        }
        if (turn.event() instanceof ButtonPressed press) {
            String action = press.payload().split("~", 2)[0];
            return routes.action(action).map(r -> r.access() == Access.OPEN).orElse(true);
        }
        return false;
    }
}
