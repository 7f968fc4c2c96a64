package app.kindred.core.conversation;

import app.kindred.core.buttons.PressCheck;
import app.kindred.core.contract.ButtonPressed;
import app.kindred.core.contract.ClockTicked;
import app.kindred.core.contract.CommandIssued;
import app.kindred.core.contract.Inbound;
import app.kindred.core.contract.Lifecycle;
import app.kindred.core.contract.Outbound;
import app.kindred.core.contract.Part;
import app.kindred.core.contract.RetireButtons;
import app.kindred.core.contract.TextWritten;
import app.kindred.core.member.MemberId;
import app.kindred.core.prompts.Say;
import app.kindred.core.store.StoreTurn;
import app.kindred.core.store.StoreUnavailableException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The conversation core: takes one event, returns what to send. Member events pass the middleware
 * chain, then reach the feature registered for them in the routing table.
 */
public final class Kindred {

    private static final System.Logger LOG = System.getLogger(Kindred.class.getName());

    private final Services services;
    private final Routes routes;
    private final List<Middleware> chain;
    private final Function<MemberId, StoreTurn> storeTurns;

    public Kindred(Services services, Routes routes, List<Middleware> chain) {
        this(services, routes, chain, member -> StoreTurn.NONE);
    }

    /** @param storeTurns begins the store's view of a member's turn (see {@link StoreTurn}) */
    public Kindred(Services services, Routes routes, List<Middleware> chain, Function<MemberId, StoreTurn> storeTurns) {
        this.services = services;
        this.routes = routes;
        this.chain = List.copyOf(chain);
        this.storeTurns = storeTurns;
    }

    public Routes routes() {
        return routes;
    }

    public Services services() {
        return services;
    }

    public List<Outbound> handle(Inbound event) {
        if (event instanceof Inbound.FromMember fromMember) {
            return handleMember(fromMember);
        }
        if (event instanceof ClockTicked tick) {
            return runClock(tick.now());
        }
        return handleLifecycle((Lifecycle) event);
    }

    @SuppressWarnings("try") // the store's turn is only opened and closed around the member's turn
    private List<Outbound> handleMember(Inbound.FromMember event) {
        MemberId member = services.pseudonyms().of(event.sender());
        Turn turn = new Turn(event, member, services.clock().instant(), services);
        try (StoreTurn stored = storeTurns.apply(member)) {
            proceed(turn, 0);
        } catch (StoreUnavailableException e) {
            LOG.log(System.Logger.Level.WARNING, "store unavailable while handling an event of member {0}", member);
            turn.replyText("errors.store-down");
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "failed to handle an event of member " + member, e);
            turn.replyText("errors.internal");
        }
        return turn.outputs();
    }

    private void proceed(Turn turn, int index) {
        if (index < chain.size()) {
            chain.get(index).handle(turn, next -> proceed(next, index + 1));
        } else {
            dispatch(turn);
        }
    }

    private void dispatch(Turn turn) {
        Inbound.FromMember event = turn.event();
        if (event instanceof CommandIssued command) {
            dispatchCommand(turn, command);
        } else if (event instanceof ButtonPressed press) {
            dispatchPress(turn, press);
        } else if (event instanceof TextWritten text) {
            dispatchText(turn, text);
        }
    }

    private void dispatchCommand(Turn turn, CommandIssued command) {
        routes.command(command.name()).ifPresentOrElse(
                route -> route.handler().handle(turn, command.arguments()),
                () -> unknownCommand(turn, command.name()));
    }

    private void unknownCommand(Turn turn, String name) {
        String shown = Say.quote(name);
        routes.closestCommand(name).ifPresentOrElse(
                meant -> turn.replyText("errors.unknown-command-meant", "command", shown, "meant", meant),
                () -> turn.replyText("errors.unknown-command", "command", shown));
    }

    private void dispatchPress(Turn turn, ButtonPressed press) {
        PressCheck check = services.buttons().check(press.payload(), turn.member(), turn.now());
        if (check instanceof PressCheck.Valid valid) {
            routes.action(valid.action()).ifPresentOrElse(route -> {
                if (!press.messageRef().isEmpty()) {
                    turn.send(new RetireButtons(turn.placeAddress(), press.messageRef()));
                }
                route.handler().handle(turn, valid.value());
            }, () -> turn.replyText("errors.stale-button"));
        } else if (check instanceof PressCheck.Expired expired) {
            routes.action(expired.action()).filter(Routes.ActionRoute::lasting).ifPresentOrElse(
                    route -> route.handler().handle(turn, expired.value()),
                    () -> turn.replyText("errors.expired-button"));
        } else if (check instanceof PressCheck.NotForThisMember) {
            turn.replyText("errors.not-your-button");
        } else {
            turn.replyText("errors.stale-button");
        }
    }

    private void dispatchText(Turn turn, TextWritten text) {
        for (Handlers.OnText listener : routes.textListeners()) {
            if (listener.handle(turn, text.text())) {
                return;
            }
        }
        if (!turn.place().isSpace()) {
            turn.reply(new Part.Text(turn.say().text("errors.free-text-fallback")));
        }
    }

    private List<Outbound> runClock(Instant now) {
        List<Outbound> out = new ArrayList<>();
        for (Handlers.OnTick job : routes.tickJobs()) {
            try {
                out.addAll(job.run(now));
            } catch (RuntimeException e) {
                // One failing job (say, the store is down) must not stop the others.
                LOG.log(System.Logger.Level.ERROR, "a clock job failed", e);
            }
        }
        return out;
    }

    private List<Outbound> handleLifecycle(Lifecycle event) {
        List<Outbound> out = new ArrayList<>();
        Instant now = services.clock().instant();
        for (Handlers.OnLifecycle<Lifecycle> handler : routes.<Lifecycle>lifecycleHandlers(event.getClass())) {
            try {
                out.addAll(handler.handle(event, now));
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.ERROR, "a lifecycle handler failed for " + event.getClass().getSimpleName(), e);
            }
        }
        return out;
    }
}
