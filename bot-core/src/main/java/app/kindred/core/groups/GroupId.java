package app.kindred.core.groups;

import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/** A group's short random id: eight lower-case letters and digits, small enough for a button payload. */
public record GroupId(String value) {

    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";
    private static final Pattern FORM = Pattern.compile("[a-z0-9]{8}");

    public GroupId {
        Objects.requireNonNull(value, "value");
        if (!FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("not a group id");
        }
    }

    /** A fresh id. It need not be unguessable: buttons carrying it are signed and checked against the seat. */
    public static GroupId random() {
        char[] chars = new char[8];
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
        }
        return new GroupId(new String(chars));
    }

    @Override
    public String toString() {
        return value;
    }
}
