package app.kindred.core.crisis.escalation;

import app.kindred.core.contract.Platform;

import java.util.Optional;

/**
 * A web link that opens a member's profile on their platform, so a safety contact can reach them in one
 * tap. Only where the platform has such a link for a plain user id; elsewhere the notice carries the id.
 */
final class MemberLinks {

    private MemberLinks() {
    }

    static Optional<String> profileLink(Platform platform, String userId) {
        if (platform == Platform.DISCORD && userId.matches("[0-9]{5,25}")) {
            return Optional.of("https://discord.com/users/" + userId);
        }
        return Optional.empty();
    }
}
