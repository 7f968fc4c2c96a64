package app.kindred.core.contract;

import java.util.Objects;

/**
 * Who an event comes from, as the platform names them.
 *
 * @param platform    where the member is
 * @param community   the workspace, server or audience ("direct" for Telegram one-to-one)
 * @param userId      the platform's id of the user; it never reaches storage in the clear
 * @param displayName how the platform shows them; used only in the reply being built
 * @param hints       locale hints the platform gives
 * @param bot         whether the sender is a bot (Kindred itself included)
 */
public record Sender(Platform platform, String community, String userId, String displayName,
                     LocaleHints hints, boolean bot) {

    public Sender {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(community, "community");
        Objects.requireNonNull(userId, "userId");
        hints = hints == null ? LocaleHints.none() : hints;
        displayName = displayName == null ? "" : displayName;
    }

    public static Sender member(Platform platform, String community, String userId, LocaleHints hints) {
        return new Sender(platform, community, userId, "", hints, false);
    }
}
