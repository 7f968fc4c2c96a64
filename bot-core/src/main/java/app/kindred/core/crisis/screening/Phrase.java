package app.kindred.core.crisis.screening;

import java.util.Set;

/**
 * One compiled phrase from a rule file: a sequence of word slots and gaps, and what it means when it
 * matches (a rule, an idiom that cancels rules, or a cue such as a past-tense or laughter marker).
 */
final class Phrase {

    /** What a match of the phrase stands for. */
    enum Kind { RULE, IDIOM, PAST, PRESENT, IMMINENT, JOKE, HYPERBOLE }

    /**
     * One slot: a set of words and word beginnings, a gap of up to {@code maxGap} other words, or the end of
     * the sentence ({@code $}).
     */
    static final class Slot {
        final Set<String> words;
        final String[] prefixes;
        final boolean optional;
        final int maxGap;
        final boolean end;

        private Slot(Set<String> words, String[] prefixes, boolean optional, int maxGap, boolean end) {
            this.words = words;
            this.prefixes = prefixes;
            this.optional = optional;
            this.maxGap = maxGap;
            this.end = end;
        }

        static Slot words(Set<String> words, String[] prefixes, boolean optional) {
            return new Slot(Set.copyOf(words), prefixes.clone(), optional, 0, false);
        }

        static Slot gap(int maxGap) {
            return new Slot(null, null, false, maxGap, false);
        }

        static Slot endOfSentence() {
            return new Slot(null, null, false, 0, true);
        }

        boolean isGap() {
            return words == null && !end;
        }
    }

    final Kind kind;
    final String language;
    final Slot[] slots;
    /** The rule or idiom this phrase belongs to; null for plain cues. */
    final Object owner;
    /** The phrase as written in the rule file, for error messages and rule-file tests. */
    final String source;
    /** Set once by {@link PhraseIndex} while it is built: the ids of the phrase's first and required slots. */
    int firstSlotId = -1;
    int[] requiredSlotIds;
    /** Per slot, its id; -1 for gaps and the end of a sentence. */
    int[] slotIds;
    int anchorSlotId = -1;
    /** The pseudo-slot filled by the language's negations, which gaps never skip; -1 when it has none. */
    int negationSlotId = -1;
    Set<String> gapStoppers() {
        return gapStoppers;
    }

    /** Words a gap never skips: the language's negations, so "ich will nicht sterben" is no match for "will ~2 sterben". */
    private final Set<String> gapStoppers;

    Phrase(Kind kind, String language, Slot[] slots, Object owner, String source, Set<String> gapStoppers) {
        this.kind = kind;
        this.language = language;
        this.slots = slots;
        this.owner = owner;
        this.source = source;
        this.gapStoppers = gapStoppers;
    }

    /**
     * Tries to match the rest of the phrase after its first slot matched the word at {@code start}.
     *
     * @param marks which slots each word position fills
     * @return the end (exclusive) of the shortest match, or -1
     */
    int matchAfterFirst(Tokens tokens, PhraseIndex.Scratch marks, int start) {
        return match(tokens, marks, 1, start + 1, tokens.clause(start));
    }

    private int match(Tokens tokens, PhraseIndex.Scratch marks, int slot, int position, int clause) {
        if (slot == slots.length) {
            return position;
        }
        Slot current = slots[slot];
        if (current.end) {
            boolean atEnd = position >= tokens.size() || tokens.clause(position) != clause;
            return atEnd ? match(tokens, marks, slot + 1, position, clause) : -1;
        }
        if (current.isGap()) {
            for (int skip = 0; skip <= current.maxGap; skip++) {
                int at = position + skip;
                if (at > tokens.size() || skip > 0 && (tokens.clause(at - 1) != clause
                        || negationSlotId >= 0 && marks.at(negationSlotId, at - 1))) {
                    break;
                }
                int end = match(tokens, marks, slot + 1, at, clause);
                if (end >= 0) {
                    return end;
                }
            }
            return -1;
        }
        int id = slotIds[slot];
        if (position < tokens.size() && tokens.clause(position) == clause
                && marks.at(id, position)) {
            int end = match(tokens, marks, slot + 1, position + 1, clause);
            if (end >= 0) {
                return end;
            }
        }
        return current.optional ? match(tokens, marks, slot + 1, position, clause) : -1;
    }

    @Override
    public String toString() {
        return kind + "(" + language + ": " + source + ")";
    }
}
