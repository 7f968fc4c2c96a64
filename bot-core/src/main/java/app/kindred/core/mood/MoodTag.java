package app.kindred.core.mood;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** What a check-in was about, when the member chose to say: a fixed set, so it fits in a few bits. */
public enum MoodTag {
    WORK('w'),
    SLEEP('s'),
    FAMILY('f'),
    HEALTH('h'),
    RELATIONSHIPS('r'),
    MONEY('m');

    private final char code;

    MoodTag(char code) {
        this.code = code;
    }

    /** One letter that stands for the tag in a button payload. */
    public char code() {
        return code;
    }

    /** The key under checkin.tags in the prompts. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public int bit() {
        return 1 << ordinal();
    }

    public static Optional<MoodTag> ofCode(char code) {
        for (MoodTag tag : values()) {
            if (tag.code == code) {
                return Optional.of(tag);
            }
        }
        return Optional.empty();
    }

    public static int mask(Set<MoodTag> tags) {
        int mask = 0;
        for (MoodTag tag : tags) {
            mask |= tag.bit();
        }
        return mask;
    }

    public static Set<MoodTag> fromMask(int mask) {
        Set<MoodTag> tags = EnumSet.noneOf(MoodTag.class);
        for (MoodTag tag : values()) {
            if ((mask & tag.bit()) != 0) {
                tags.add(tag);
            }
        }
        return tags;
    }
}
