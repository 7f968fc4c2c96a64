package app.kindred.core.member;

import java.util.Objects;

/**
 * A member's pseudonymous id: a keyed HMAC of platform, community and user, so stored keys and logs
 * never carry a platform user id.
 */
public record MemberId(String value) {

    private static final java.util.regex.Pattern FORM = java.util.regex.Pattern.compile("[A-Za-z0-9_-]{8,64}");

    public MemberId {
        Objects.requireNonNull(value, "value");
        if (!FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("not a member id");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
