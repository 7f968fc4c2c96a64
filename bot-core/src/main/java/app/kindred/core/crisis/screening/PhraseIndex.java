package app.kindred.core.crisis.screening;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds every phrase that matches a message. Most messages match nothing, so the work is arranged to
 * make "nothing here" cheap: per word, one hash lookup (and one probe for word beginnings) marks which
 * slots it fills; a phrase is tried only when its least common required slot is filled and every other
 * required slot is too; only then are its slots matched in order, with gaps, by testing those marks.
 */
final class PhraseIndex {

    /** One match of a phrase over words {@code [start, end)}. */
    record Match(Phrase phrase, int start, int end) {
    }


    /** Per phrase word, the slots it fills. */
    private final Map<String, int[]> wordSlots;
    /** Word beginnings (stem*), found by a word's first three characters. */
    private final StemTable stems;
    private final int slotCount;
    /** Per slot id, the rule phrases whose anchor (least common required slot) it is, or null. */
    private final Phrase[][] rulesAt;
    /** The same for idioms and cues, which matter only once a rule matched. */
    private final Phrase[][] othersAt;
    /** Mark arrays reused by each thread, so screening allocates next to nothing. */
    private final ThreadLocal<Scratch> scratch = ThreadLocal.withInitial(Scratch::new);

    private PhraseIndex(Map<String, int[]> wordSlots, StemTable stems, int slotCount, Phrase[][] rulesAt,
                        Phrase[][] othersAt) {
        this.wordSlots = wordSlots;
        this.stems = stems;
        this.slotCount = slotCount;
        this.rulesAt = rulesAt;
        this.othersAt = othersAt;
    }

    static PhraseIndex of(List<Phrase> phrases) {
        Builder builder = new Builder();
        Map<String, Integer> wordUse = new HashMap<>();
        for (Phrase phrase : phrases) {
            Phrase.Slot first = phrase.slots[0];
            if (first.isGap() || first.end || first.optional) {
                throw new IllegalArgumentException("a phrase must start with a word, not a gap or an optional word: "
                        + phrase.source);
            }
            for (Phrase.Slot slot : phrase.slots) {
                if (!slot.isGap() && !slot.end) {
                    slot.words.forEach(word -> wordUse.merge(word, 1, Integer::sum));
                }
            }
        }
        for (Phrase phrase : phrases) {
            phrase.slotIds = new int[phrase.slots.length];
            List<Integer> required = new ArrayList<>();
            int anchor = -1;
            long anchorCost = Long.MAX_VALUE;
            for (int k = 0; k < phrase.slots.length; k++) {
                Phrase.Slot slot = phrase.slots[k];
                if (slot.isGap() || slot.end) {
                    phrase.slotIds[k] = -1;
                    continue;
                }
                int id = builder.slot(slot.words, slot.prefixes);
                phrase.slotIds[k] = id;
                if (!slot.optional) {
                    required.add(id);
                    long cost = cost(slot, wordUse);
                    if (cost < anchorCost) {
                        anchorCost = cost;
                        anchor = id;
                    }
                }
            }
            phrase.firstSlotId = phrase.slotIds[0];
            phrase.requiredSlotIds = required.stream().mapToInt(Integer::intValue).toArray();
            phrase.anchorSlotId = anchor;
            phrase.negationSlotId = phrase.gapStoppers().isEmpty() ? -1 : builder.slot(phrase.gapStoppers(), new String[0]);
        }
        Phrase[][] rulesAt = new Phrase[builder.count()][];
        Phrase[][] othersAt = new Phrase[builder.count()][];
        for (Phrase phrase : phrases) {
            Phrase[][] table = phrase.kind == Phrase.Kind.RULE ? rulesAt : othersAt;
            Phrase[] before = table[phrase.anchorSlotId];
            Phrase[] after = before == null ? new Phrase[1] : Arrays.copyOf(before, before.length + 1);
            after[after.length - 1] = phrase;
            table[phrase.anchorSlotId] = after;
        }
        Map<String, int[]> words = new HashMap<>();
        builder.words.forEach((word, ids) -> words.put(word, ids.stream().distinct().mapToInt(Integer::intValue).toArray()));
        return new PhraseIndex(words, new StemTable(builder.stems), builder.count(), rulesAt, othersAt);
    }

    /**
     * How often a slot is likely to be filled: words that many phrases use are the everyday ones ("i",
     * "me", "de"), and a word beginning matches many words, so such slots make poor anchors.
     */
    private static long cost(Phrase.Slot slot, Map<String, Integer> wordUse) {
        long cost = 0;
        for (String word : slot.words) {
            int uses = wordUse.getOrDefault(word, 1);
            cost += (long) uses * uses + (word.length() <= 2 ? 50 : 0);
        }
        return cost + 20L * slot.prefixes.length;
    }

    List<Match> find(Tokens tokens) {
        Scratch marks = scratch.get().start(slotCount, tokens.size());
        for (int position = 0; position < tokens.size(); position++) {
            String word = tokens.word(position);
            int[] slots = wordSlots.get(word);
            if (slots != null) {
                fill(marks, slots, position);
            }
            Stem[] candidates = stems.candidates(word);
            if (candidates != null) {
                for (Stem stem : candidates) {
                    if (word.startsWith(stem.text)) {
                        fill(marks, stem.slots, position);
                    }
                }
            }
        }
        List<Match> found = matches(rulesAt, tokens, marks, null);
        if (found != null) {
            // Idioms, negations' companions and cues change what a rule match means; without one, skip them.
            found = matches(othersAt, tokens, marks, found);
        }
        marks.finish();
        return found == null ? List.of() : found;
    }

    private static List<Match> matches(Phrase[][] anchored, Tokens tokens, Scratch marks, List<Match> found) {
        for (int a = 0; a < marks.anchorCount; a++) {
            Phrase[] phrases = anchored[marks.anchors[a]];
            if (phrases == null) {
                continue;
            }
            for (Phrase phrase : phrases) {
                if (allFilled(marks.filled, phrase.requiredSlotIds)) {
                    found = tryEveryStart(phrase, tokens, marks, found);
                }
            }
        }
        return found;
    }

    /** Marks the slots as filled at the position, and notes the anchors filled for the first time. */
    private void fill(Scratch marks, int[] slots, int position) {
        for (int slot : slots) {
            if (marks.mark(slot, position) && (rulesAt[slot] != null || othersAt[slot] != null)) {
                marks.anchor(slot);
            }
        }
    }

    private static List<Match> tryEveryStart(Phrase phrase, Tokens tokens, Scratch marks, List<Match> found) {
        int base = phrase.firstSlotId * marks.words;
        for (int w = 0; w < marks.words; w++) {
            long starts = marks.positions[base + w];
            while (starts != 0) {
                int start = (w << 6) + Long.numberOfTrailingZeros(starts);
                starts &= starts - 1;
                int end = phrase.matchAfterFirst(tokens, marks, start);
                if (end >= 0) {
                    if (found == null) {
                        found = new ArrayList<>(4);
                    }
                    found.add(new Match(phrase, start, end));
                }
            }
        }
        return found;
    }

    /**
     * One thread's marks, reused message after message: per slot, a bit mask of the word positions it
     * fills ({@code words} longs per slot), one bit per slot filled anywhere, and the slots touched, so
     * only those are cleared afterwards.
     */
    static final class Scratch {
        long[] positions = new long[0];
        long[] filled = new long[0];
        int words;
        private int[] touched = new int[64];
        private int touchedCount;
        int[] anchors = new int[16];
        int anchorCount;

        Scratch start(int slotCount, int tokenCount) {
            words = Math.max(1, (tokenCount + 63) >>> 6);
            if (positions.length < slotCount * words) {
                positions = new long[slotCount * words];
            }
            int bitWords = (slotCount >>> 6) + 1;
            if (filled.length < bitWords) {
                filled = new long[bitWords];
            }
            anchorCount = 0;
            return this;
        }

        /** Sets the slot's bit at the position; true when the slot was not filled anywhere before. */
        boolean mark(int slot, int position) {
            long bit = 1L << slot;
            int word = slot >>> 6;
            boolean first = (filled[word] & bit) == 0;
            if (first) {
                filled[word] |= bit;
                if (touchedCount == touched.length) {
                    touched = Arrays.copyOf(touched, touchedCount * 2);
                }
                touched[touchedCount++] = slot;
            }
            positions[slot * words + (position >>> 6)] |= 1L << position;
            return first;
        }

        boolean at(int slot, int position) {
            return (positions[slot * words + (position >>> 6)] & (1L << position)) != 0;
        }

        void anchor(int slot) {
            if (anchorCount == anchors.length) {
                anchors = Arrays.copyOf(anchors, anchorCount * 2);
            }
            anchors[anchorCount++] = slot;
        }

        /** Clears what this message marked. */
        void finish() {
            for (int k = 0; k < touchedCount; k++) {
                int slot = touched[k];
                filled[slot >>> 6] = 0;
                Arrays.fill(positions, slot * words, slot * words + words, 0L);
            }
            touchedCount = 0;
        }
    }

    private static boolean allFilled(long[] bits, int[] slots) {
        for (int slot : slots) {
            if ((bits[slot >>> 6] & (1L << slot)) == 0) {
                return false;
            }
        }
        return true;
    }

    /** Gives slots with the same words one id, and files their words and word beginnings. */
    private static final class Builder {
        final Map<String, List<Integer>> words = new HashMap<>();
        final Map<String, List<Integer>> stems = new HashMap<>();
        private final Map<List<Object>, Integer> byContent = new HashMap<>();

        int slot(Set<String> slotWords, String[] prefixes) {
            List<Object> content = List.of(slotWords, List.of(prefixes));
            Integer known = byContent.get(content);
            if (known != null) {
                return known;
            }
            int id = byContent.size();
            byContent.put(content, id);
            for (String word : slotWords) {
                words.computeIfAbsent(word, w -> new ArrayList<>()).add(id);
            }
            for (String prefix : prefixes) {
                if (prefix.length() < StemTable.KEY_LENGTH) {
                    throw new IllegalArgumentException("a word beginning (stem*) needs at least "
                            + StemTable.KEY_LENGTH + " letters: " + prefix);
                }
                stems.computeIfAbsent(prefix, p -> new ArrayList<>()).add(id);
            }
            return id;
        }

        int count() {
            return byContent.size();
        }
    }

    /** A word beginning and the slots a word starting with it fills. */
    private record Stem(String text, int[] slots) {
    }

    /**
     * Word beginnings by their first three characters, in an open-addressing table of ints, so a word
     * costs one array probe to learn which beginnings could match it.
     */
    private static final class StemTable {
        static final int KEY_LENGTH = 3;
        private final int[] keys;
        private final Stem[][] values;
        private final int mask;

        StemTable(Map<String, List<Integer>> byStem) {
            Map<Integer, List<Stem>> byKey = new HashMap<>();
            byStem.forEach((text, ids) -> byKey.computeIfAbsent(key(text), k -> new ArrayList<>())
                    .add(new Stem(text, ids.stream().distinct().mapToInt(Integer::intValue).toArray())));
            int size = Integer.highestOneBit(Math.max(4, byKey.size() * 4)) * 2;
            keys = new int[size];
            Arrays.fill(keys, -1);
            values = new Stem[size][];
            mask = size - 1;
            byKey.forEach((key, list) -> {
                int slot = mix(key) & mask;
                while (keys[slot] != -1) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = key;
                values[slot] = list.toArray(Stem[]::new);
            });
        }

        Stem[] candidates(String word) {
            if (word.length() < KEY_LENGTH) {
                return null;
            }
            int key = key(word);
            if (key < 0) {
                return null;
            }
            int slot = mix(key) & mask;
            while (keys[slot] != -1) {
                if (keys[slot] == key) {
                    return values[slot];
                }
                slot = (slot + 1) & mask;
            }
            return null;
        }

        /** The first three characters as one int, or -1 when one is beyond Latin-1. */
        private static int key(String word) {
            char a = word.charAt(0);
            char b = word.charAt(1);
            char c = word.charAt(2);
            return (a | b | c) > 0xFF ? -1 : a << 16 | b << 8 | c;
        }

        private static int mix(int key) {
            int h = key * 0x9E3779B9;
            return h ^ (h >>> 16);
        }
    }
}
