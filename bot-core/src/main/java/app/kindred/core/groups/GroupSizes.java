package app.kindred.core.groups;

/**
 * How big a group may be in a community: it forms at {@code target} members, at {@code min} when
 * people have waited long enough, and takes late-comers up to {@code max}.
 */
public record GroupSizes(int min, int target, int max) {

    public GroupSizes {
        if (min < 2 || target < min || max < target) {
            throw new IllegalArgumentException("group sizes need 2 <= min <= target <= max, got "
                    + min + "/" + target + "/" + max);
        }
    }

    public static GroupSizes defaults() {
        return new GroupSizes(3, 4, 6);
    }

    /** A buddy pairing is a group of exactly two. */
    public static GroupSizes pair() {
        return new GroupSizes(2, 2, 2);
    }
}
