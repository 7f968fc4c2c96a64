package app.kindred.app.cli;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The table of non-server tasks, by name. A new task is one {@link CliCommand} class and one line in
 * {@link #standard()}; nothing else routes on command names.
 */
public final class CliCommands {

    private final Map<String, CliCommand> byName = new LinkedHashMap<>();

    private CliCommands(List<CliCommand> commands) {
        for (CliCommand command : commands) {
            if (byName.putIfAbsent(command.name(), command) != null) {
                throw new IllegalStateException("two CLI commands named " + command.name());
            }
        }
    }

    /** Every task the jar knows. */
    public static CliCommands standard() {
        return of(List.of(new ScreenCommand(), new KeysCommand()));
    }

    static CliCommands of(List<CliCommand> commands) {
        CliCommands table = new CliCommands(commands);
        table.byName.putIfAbsent("help", new HelpCommand(table));
        return table;
    }

    public Optional<CliCommand> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    public Collection<CliCommand> all() {
        return byName.values();
    }
}
