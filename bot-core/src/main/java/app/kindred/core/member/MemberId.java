package app.kindred.core.member;

import java.util.Objects;

/**
 * A member's pseudonymous id: a keyed HMAC of platform, community and user, so stored keys and logs
 * never carry a platform user id.
 */
public record MemberId(String value) {

    public MemberId {
        Objects.requireNonNull(value, "value");
        if (!isWellFormed(value)) {
            throw new IllegalArgumentException("not a member id");
        }
    }

    /** 8 to 64 characters of [A-Za-z0-9_-]; checked by hand because every event makes one. */
    private static boolean isWellFormed(String value) {
        if (value.length() < 8 || value.length() > 64) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-')) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return value;
    }
}
