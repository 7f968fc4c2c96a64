package app.kindred.core.crisis.screening;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The verdict on one message: how worried to be, about what, about whom, and whether it may be a joke.
 * It carries no text, so it may travel on a turn, into logs and into metrics.
 *
 * @param level        none, concern (distress without stated danger) or crisis
 * @param categories   what was recognised; empty for {@link Level#NONE} unless a past experience was told
 * @param subject      whether the writer speaks of themselves or of someone else
 * @param possibleJoke the message also carries laughter or hyperbole ("kms lol"), so Kindred asks privately
 *                     with one tap instead of answering with the whole crisis reply
 */
public record Screening(Level level, Set<Category> categories, Subject subject, boolean possibleJoke) {

    /** How worried Kindred should be, in increasing order. */
    public enum Level {
        NONE, CONCERN, CRISIS;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** What a message speaks of. */
    public enum Category {
        SUICIDAL, SELF_HARM, HARM_TO_OTHERS, ABUSE, MEANS_SEEKING, GOODBYE, IMMINENT, DISTRESS,
        THIRD_PARTY_WORRY, PAST_EXPERIENCE;

        /** The lower-case, hyphenated name used in JSON and in the rule files ("self-harm"). */
        public String code() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        public static Category fromCode(String code) {
            return valueOf(code.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        }
    }

    /** Whom a message is about. */
    public enum Subject {
        SELF, THIRD_PARTY;

        public String code() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** Nothing recognised. */
    public static final Screening NONE = new Screening(Level.NONE, Set.of(), Subject.SELF, false);

    public Screening {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(subject, "subject");
        categories = categories.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(categories));
    }

    public boolean isCrisis() {
        return level == Level.CRISIS;
    }

    /** A crisis Kindred answers in full at once: not one that may be a joke. */
    public boolean isClearCrisis() {
        return level == Level.CRISIS && !possibleJoke;
    }

    /** Concern, or a crisis that may be a joke: worth a private one-tap "are you OK?". */
    public boolean isAmbiguous() {
        return level == Level.CONCERN || level == Level.CRISIS && possibleJoke;
    }

    public boolean has(Category category) {
        return categories.contains(category);
    }

    public boolean aboutSomeoneElse() {
        return subject == Subject.THIRD_PARTY;
    }
}
