package app.kindred.core.conversation;

import app.kindred.core.contract.Lifecycle;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The routing table: features register their commands, button actions, text listeners, clock jobs and
 * lifecycle handlers here, and the engine looks them up. A name registered twice is a programming error.
 */
public final class Routes {

    /** A registered command. */
    public record CommandRoute(String name, Access access, Handlers.OnCommand handler) {
    }

    /** A registered button action. */
    public record ActionRoute(String action, Access access, Handlers.OnPress handler) {
    }

    private final Map<String, CommandRoute> commands = new LinkedHashMap<>();
    private final Map<String, String> aliases = new LinkedHashMap<>();
    private final Map<String, ActionRoute> actions = new LinkedHashMap<>();
    private final List<Handlers.OnText> textListeners = new ArrayList<>();
    private final List<Handlers.OnTick> tickJobs = new ArrayList<>();
    private final Map<Class<?>, List<Handlers.OnLifecycle<?>>> lifecycle = new LinkedHashMap<>();

    public Routes command(String name, Access access, Handlers.OnCommand handler) {
        if (commands.putIfAbsent(name, new CommandRoute(name, access, handler)) != null) {
            throw new IllegalStateException("command " + name + " is registered twice");
        }
        return this;
    }

    /** Another name for a command ("help" for "start"). */
    public Routes alias(String alias, String command) {
        aliases.put(alias, command);
        return this;
    }

    public Routes action(String action, Access access, Handlers.OnPress handler) {
        if (actions.putIfAbsent(action, new ActionRoute(action, access, handler)) != null) {
            throw new IllegalStateException("action " + action + " is registered twice");
        }
        return this;
    }

    /** Free-text listeners run in registration order until one answers. */
    public Routes text(Handlers.OnText listener) {
        textListeners.add(listener);
        return this;
    }

    public Routes tick(Handlers.OnTick job) {
        tickJobs.add(job);
        return this;
    }

    public <E extends Lifecycle> Routes lifecycle(Class<E> kind, Handlers.OnLifecycle<E> handler) {
        lifecycle.computeIfAbsent(kind, k -> new ArrayList<>()).add(handler);
        return this;
    }

    public Optional<CommandRoute> command(String name) {
        return Optional.ofNullable(commands.get(aliases.getOrDefault(name, name)));
    }

    public Optional<ActionRoute> action(String action) {
        return Optional.ofNullable(actions.get(action));
    }

    /** Command names in registration order, for help texts and platform command menus. */
    public List<String> commandNames() {
        return List.copyOf(commands.keySet());
    }

    List<Handlers.OnText> textListeners() {
        return Collections.unmodifiableList(textListeners);
    }

    List<Handlers.OnTick> tickJobs() {
        return Collections.unmodifiableList(tickJobs);
    }

    @SuppressWarnings("unchecked")
    <E extends Lifecycle> List<Handlers.OnLifecycle<E>> lifecycleHandlers(Class<?> kind) {
        List<Handlers.OnLifecycle<E>> found = new ArrayList<>();
        lifecycle.getOrDefault(kind, List.of()).forEach(h -> found.add((Handlers.OnLifecycle<E>) h));
        return found;
    }
}
