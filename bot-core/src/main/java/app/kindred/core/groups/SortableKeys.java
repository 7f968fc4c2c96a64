package app.kindred.core.groups;

/** Fixed-width hex for signed longs, so string keys in an ordered map sort by number. */
final class SortableKeys {

    static final char SEPARATOR = '\u001f';

    private SortableKeys() {
    }

    static String of(long value) {
        String hex = Long.toHexString(value ^ Long.MIN_VALUE);
        return "0".repeat(16 - hex.length()) + hex;
    }

    static long parse(String key) {
        return Long.parseUnsignedLong(key, 16) ^ Long.MIN_VALUE;
    }
}
