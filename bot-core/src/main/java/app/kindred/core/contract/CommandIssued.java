package app.kindred.core.contract;

import java.util.Objects;

/**
 * A member used a command; adapters map their platform's names ("/start", a slash command) to the
 * core's command names.
 *
 * @param name      the core's command name, lower case, without a slash
 * @param arguments what followed the command, trimmed; empty when nothing did
 */
public record CommandIssued(Sender sender, Place place, String name, String arguments)
        implements Inbound.FromMember {

    public CommandIssued {
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(place, "place");
        name = Objects.requireNonNull(name, "name").strip().toLowerCase(java.util.Locale.ROOT);
        arguments = arguments == null ? "" : arguments.strip();
    }
}
