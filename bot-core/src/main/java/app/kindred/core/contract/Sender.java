package app.kindred.core.contract;

import java.util.Objects;

/**
 * Who an event comes from, as the platform names them.
 *
 * @param platform    where the member is
 * @param community   the workspace, server or audience ("direct" for Telegram one-to-one)
 * @param userId      the platform's id of the user; it never reaches storage in the clear
 * @param displayName how the platform shows them, without control characters or direction overrides; used
 *                    only in the reply being built
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
        displayName = displayName == null ? "" : plainName(displayName);
    }

    /**
     * The name without control characters and direction overrides: a name is shown inside Kindred's sentences
     * (a greeting, a safety contact's notice), where a new line or a right-to-left override would garble them.
     */
    private static String plainName(String name) {
        int i = 0;
        while (i < name.length() && !isHidden(name.charAt(i))) {
            i++;
        }
        if (i == name.length()) {
            return name.strip();
        }
        StringBuilder plain = new StringBuilder(name.length());
        for (int k = 0; k < name.length(); k++) {
            char c = name.charAt(k);
            if (!isHidden(c)) {
                plain.append(c);
            }
        }
        return plain.toString().strip();
    }

    private static boolean isHidden(char c) {
        return Character.isISOControl(c) || c == '\u061C' || c == '\u200E' || c == '\u200F'
                || c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069';
    }

    public static Sender member(Platform platform, String community, String userId, LocaleHints hints) {
        return new Sender(platform, community, userId, "", hints, false);
    }
}
