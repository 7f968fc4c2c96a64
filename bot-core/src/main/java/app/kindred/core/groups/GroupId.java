package app.kindred.core.groups;

import java.security.SecureRandom;
import java.util.Objects;

/** A group's short random id: eight lower-case letters and digits, small enough for a button payload. */
public record GroupId(String value) {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";

    public GroupId {
        Objects.requireNonNull(value, "value");
        if (!value.matches("[a-z0-9]{8}")) {
            throw new IllegalArgumentException("not a group id");
        }
    }

    public static GroupId random() {
        char[] chars = new char[8];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length()));
        }
        return new GroupId(new String(chars));
    }

    @Override
    public String toString() {
        return value;
    }
}
