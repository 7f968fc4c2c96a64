package app.kindred.core.groups;

import app.kindred.core.contract.Platform;

import java.util.EnumSet;
import java.util.Set;

/**
 * Which platforms can open a private space for a group (a Slack private channel, a Discord private
 * thread). Groups on every other platform meet as relay circles, with Kindred passing messages on.
 * Telegram bots cannot create groups and the web chat has no rooms, so both relay by default.
 */
public record SpaceCapability(Set<Platform> opensSpaces) {

    public SpaceCapability {
        opensSpaces = opensSpaces.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(opensSpaces));
    }

    public static SpaceCapability defaults() {
        return new SpaceCapability(EnumSet.of(Platform.SLACK, Platform.DISCORD));
    }

    /** Every platform relays: useful where a bot has no right to make channels. */
    public static SpaceCapability relayEverywhere() {
        return new SpaceCapability(Set.of());
    }

    public boolean canOpenSpace(Platform platform) {
        return opensSpaces.contains(platform);
    }
}
