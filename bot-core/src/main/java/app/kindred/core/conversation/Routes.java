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

    /**
     * A registered button action.
     *
     * @param lasting whether a press still counts after the button expired
     */
    public record ActionRoute(String action, Access access, Handlers.OnPress handler, boolean lasting) {
    }

    /** Longer names are not typos of a command. */
    private static final int MAX_SUGGESTED_LENGTH = 20;

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
        return register(new ActionRoute(action, access, handler, false));
    }

    /**
     * An action whose button still works after it expired, for the member it was made for: pressed days
     * later, "Show me support" must still show support.
     */
    public Routes lastingAction(String action, Access access, Handlers.OnPress handler) {
        return register(new ActionRoute(action, access, handler, true));
    }

    private Routes register(ActionRoute route) {
        if (actions.putIfAbsent(route.action(), route) != null) {
            throw new IllegalStateException("action " + route.action() + " is registered twice");
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

    /**
     * The command or alias a mistyped name most likely meant ("chekin", "check-in", "hlep"): one typo away for
     * short names, two for longer ones, a swap of neighbouring letters counting as one.
     */
    public Optional<String> closestCommand(String name) {
        String folded = name.replaceAll("[-_\\s]", "");
        if (folded.isEmpty() || folded.length() > MAX_SUGGESTED_LENGTH) {
            return Optional.empty();
        }
        int allowed = folded.length() <= 4 ? 1 : 2;
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        List<String> candidates = new ArrayList<>(commands.keySet());
        candidates.addAll(aliases.keySet());
        for (String candidate : candidates) {
            int distance = typos(folded, candidate);
            if (distance <= allowed && distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Edits between two words: insertions, deletions, substitutions and swaps of neighbouring letters. */
    private static int typos(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
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
