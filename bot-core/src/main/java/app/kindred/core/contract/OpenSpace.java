package app.kindred.core.contract;

import java.util.List;
import java.util.Objects;

/**
 * A request to open a private space for a group: a Slack private channel, a Discord private thread.
 * The adapter answers with {@link Lifecycle.SpaceOpened} or {@link Lifecycle.SpaceNotOpened} carrying
 * the same request id, and leaves nothing half-made when it fails.
 *
 * @param requestId an id the core uses to match the answer
 * @param name      a short, lower-case, space-free name safe on every platform
 * @param members   who is let in
 */
public record OpenSpace(Platform platform, String community, String requestId, String name,
                        List<Address.Direct> members) implements Outbound {

    public OpenSpace {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(community, "community");
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(name, "name");
        members = List.copyOf(members);
    }
}
