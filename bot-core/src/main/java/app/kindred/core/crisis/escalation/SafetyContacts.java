package app.kindred.core.crisis.escalation;

import app.kindred.core.contract.Address;
import app.kindred.core.contract.Platform;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Port to the safety contacts each community named; the app builds it from configuration. */
@FunctionalInterface
public interface SafetyContacts {

    Optional<CommunitySafety> forCommunity(Platform platform, String community);

    /** Where the community's contacts are written to; also what group reports need. */
    default List<Address.Direct> addresses(Platform platform, String community) {
        return forCommunity(platform, community)
                .map(safety -> safety.contacts().stream().map(SafetyContact::address).toList())
                .orElse(List.of());
    }

    /** No community named anyone. */
    static SafetyContacts none() {
        return (platform, community) -> Optional.empty();
    }

    /** A plain table of communities and their contacts. */
    static SafetyContacts of(Map<Community, CommunitySafety> byCommunity) {
        Map<Community, CommunitySafety> copy = Map.copyOf(byCommunity);
        return (platform, community) -> Optional.ofNullable(copy.get(new Community(platform, community)))
                .filter(safety -> !safety.contacts().isEmpty());
    }

    /** A community on one platform (a Slack workspace, a Discord server, a Telegram bot's audience). */
    record Community(Platform platform, String id) {
    }
}
