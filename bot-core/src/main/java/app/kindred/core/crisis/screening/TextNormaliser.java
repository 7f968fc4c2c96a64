package app.kindred.core.crisis.screening;

import java.text.Normalizer;
import java.util.Map;
import java.util.Set;

/**
 * Turns what people really type into comparable words, in one pass: lower case, accents removed
 * ("está" → "esta", "ß" → "ss"), apostrophes dropped ("don't" → "dont", "j'ai" → "jai"), leetspeak undone
 * inside words ("k1ll", "d!e", "$uicide"), letters squeezed so stretched words meet their plain form
 * ("dieeee" → "die"; every repeated letter is squeezed, "kill" → "kil", and rule phrases are squeezed the
 * same way), spaced-out letters joined ("k i l l" → "kill"), known run-together words split
 * ("killmyself") and meaningful emoji turned into words. Invisible characters inside words (zero-width
 * spaces, soft hyphens, direction marks, combining marks) are skipped and full-width or mathematical letters
 * read as plain ones, so pasted or "fancy" text is screened like what it shows. Rule phrases go through the
 * same steps, so the rule files are written in ordinary spelling.
 */
final class TextNormaliser {

    private static final char[] FOLD = foldTable();

    private final char[] leet;
    private final Map<Integer, String> emoji;
    private final Map<String, String[]> compounds;
    private final Set<String> clauseWords;
    /** The shortest run-together word, so most words skip the compounds lookup. */
    private final int shortestCompound;

    /**
     * @param leet        symbol or digit → letter, applied only inside words that contain a letter
     * @param emoji       emoji code point → the word it stands for
     * @param compounds   run-together word → the words it splits into (already normalised)
     * @param clauseWords words that end a clause ("but", "pero", "aber", "mais")
     */
    TextNormaliser(Map<Character, Character> leet, Map<Integer, String> emoji, Map<String, String[]> compounds,
                   Set<String> clauseWords) {
        this.leet = new char[128];
        leet.forEach((from, to) -> {
            if (from < 128) {
                this.leet[from] = to;
            }
        });
        this.emoji = Map.copyOf(emoji);
        this.compounds = Map.copyOf(compounds);
        this.clauseWords = Set.copyOf(clauseWords);
        this.shortestCompound = compounds.keySet().stream().mapToInt(String::length).min().orElse(Integer.MAX_VALUE);
    }

    Tokens tokens(String text) {
        Tokens out = new Tokens(text.length() / 5 + 4);
        Builder builder = new Builder(out);
        int length = text.length();
        int i = 0;
        while (i < length) {
            char ascii = text.charAt(i);
            // Most text is plain ASCII letters: handled here without the general Unicode path.
            if (ascii >= 'a' && ascii <= 'z') {
                builder.ascii(ascii);
                i++;
                continue;
            }
            if (ascii >= 'A' && ascii <= 'Z') {
                builder.ascii((char) (ascii | 0x20));
                i++;
                continue;
            }
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (isInvisibleInWord(cp)) {
                // Zero-width spaces, soft hyphens, direction marks and combining marks ("d\u200Bie", "vivi\u0301r",
                // struck-through letters) come from copy and paste, keyboards and on purpose: the word goes on.
                i = next;
                continue;
            }
            if (Character.isLetter(cp)) {
                builder.letter(cp);
            } else if (cp >= '0' && cp <= '9') {
                builder.digit((char) cp);
            } else if (cp < 128 && leet[cp] != 0 && builder.length > 0 && next < length
                    && Character.isLetterOrDigit(text.codePointAt(next))) {
                builder.symbol((char) cp);
            } else if (cp < 128 && leet[cp] != 0 && (cp == '$' || cp == '@') && builder.length == 0 && next < length
                    && Character.isLetter(text.codePointAt(next))) {
                builder.symbol((char) cp);
            } else if (isApostrophe(cp) && builder.length > 0 && next < length && Character.isLetter(text.codePointAt(next))) {
                // "don't" → "dont": joined, as people who skip the apostrophe write it.
                i = next;
                continue;
            } else if (cp == '.' && next < length && text.charAt(next) == '.') {
                // An ellipsis is a pause, not the end of a sentence: "i just... want to die".
                builder.flush();
                while (next < length && text.charAt(next) == '.') {
                    next++;
                }
            } else if (cp == 0x2026) {
                builder.flush();
            } else {
                builder.flush();
                if (isClauseEnd(cp)) {
                    builder.endClause();
                } else if (isPause(cp)) {
                    builder.pause();
                } else if (cp >= 0x2000) {
                    String word = emoji.get(cp);
                    if (word != null) {
                        builder.word(word);
                    }
                }
            }
            i = next;
        }
        builder.flush();
        builder.joinSpelledOut();
        return out;
    }

    /** A rule phrase word, normalised exactly as message words are. */
    String normaliseWord(String word) {
        Tokens tokens = tokens(word);
        if (tokens.size() != 1) {
            throw new IllegalArgumentException("'" + word + "' is not one word after normalising");
        }
        return tokens.word(0);
    }

    private static boolean isInvisibleInWord(int cp) {
        int type = Character.getType(cp);
        return type == Character.FORMAT || type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    /** Full-width ("ｄｉｅ") and mathematical ("𝕕𝕚𝕖") letters, which "fancy text" generators produce, as plain a-z. */
    private static int plainLatin(int cp) {
        if (cp >= 0xFF21 && cp <= 0xFF5A || cp >= 0x1D400 && cp <= 0x1D6A3) {
            String compatible = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKC);
            if (compatible.length() == 1 && compatible.charAt(0) < 128 && Character.isLetter(compatible.charAt(0))) {
                return compatible.charAt(0);
            }
        }
        return cp;
    }

    private static boolean isApostrophe(int cp) {
        return cp == '\'' || cp == 0x2019 || cp == 0x2018 || cp == '`' || cp == 0xB4 || cp == 0x2BC;
    }

    /** "I can't take it anymore, I want to die": the negation before the comma says nothing of what follows. */
    private static boolean isPause(int cp) {
        return cp == ',' || cp == ':' || cp == 0x2013 || cp == 0x2014 || cp == 0xFF0C || cp == 0x3001;
    }

    private static boolean isClauseEnd(int cp) {
        return cp == '.' || cp == '!' || cp == '?' || cp == ';' || cp == '\n' || cp == '\r' || cp == 0xA1
                || cp == 0xBF || cp == 0x3002;
    }

    /** Collects one word at a time; a word is flushed at the first character that cannot be part of it. */
    private final class Builder {
        private final Tokens out;
        private char[] chars = new char[32];
        private int length;
        private boolean hasLetter;
        private boolean hasSubstitute;
        private int clause;
        private int pause;
        /** Start of a run of one-letter words ("k i l l"), to join them afterwards. */
        private int singleRunStart = -1;
        private int singleRunLength;

        Builder(Tokens out) {
            this.out = out;
        }

        void letter(int cp) {
            int lower = Character.toLowerCase(plainLatin(cp));
            if (lower < FOLD.length && FOLD[lower] != 0) {
                if (lower == 0xDF) {
                    append('s');
                    append('s');
                } else if (lower == 0xE6) {
                    append('a');
                    append('e');
                } else if (lower == 0x153) {
                    append('o');
                    append('e');
                } else {
                    append(FOLD[lower]);
                }
            } else if (lower < 0x10000) {
                append((char) lower);
            } else {
                for (char c : Character.toChars(lower)) {
                    append(c);
                }
            }
            hasLetter = true;
        }

        void ascii(char lower) {
            if (length == chars.length) {
                chars = java.util.Arrays.copyOf(chars, length * 2);
            }
            chars[length++] = lower;
            hasLetter = true;
        }

        void digit(char c) {
            append(c);
            if (leet[c] != 0) {
                hasSubstitute = true;
            }
        }

        void symbol(char c) {
            append(c);
            hasSubstitute = true;
        }

        void word(String word) {
            emit(word);
        }

        void endClause() {
            clause++;
            pause++;
            endSingleRun();
        }

        void pause() {
            pause++;
        }

        private void append(char c) {
            if (length == chars.length) {
                chars = java.util.Arrays.copyOf(chars, length * 2);
            }
            chars[length++] = c;
        }

        void flush() {
            if (length == 0) {
                return;
            }
            if (hasLetter && hasSubstitute) {
                for (int k = 0; k < length; k++) {
                    char c = chars[k];
                    if (c < 128 && leet[c] != 0) {
                        chars[k] = leet[c];
                    }
                }
            } else if (!hasLetter && hasSubstitute) {
                // A lone symbol such as "@" or "$" that got in: not a word.
                boolean digitsOnly = true;
                for (int k = 0; k < length; k++) {
                    digitsOnly &= Character.isDigit(chars[k]);
                }
                if (!digitsOnly) {
                    reset();
                    return;
                }
            }
            int squeezed = 1;
            for (int k = 1; k < length; k++) {
                if (chars[k] != chars[squeezed - 1]) {
                    chars[squeezed++] = chars[k];
                }
            }
            String word = new String(chars, 0, squeezed);
            reset();
            String[] parts = squeezed >= shortestCompound ? compounds.get(word) : null;
            if (parts != null) {
                for (String part : parts) {
                    emit(part);
                }
            } else {
                emit(word);
            }
        }

        private void reset() {
            length = 0;
            hasLetter = false;
            hasSubstitute = false;
        }

        private void emit(String word) {
            if (word.length() == 1 && Character.isLetter(word.charAt(0))) {
                if (singleRunStart < 0) {
                    singleRunStart = out.size();
                }
                singleRunLength++;
            } else {
                endSingleRun();
            }
            out.add(word, clause, pause);
            if (clauseWords.contains(word)) {
                clause++;
                pause++;
                endSingleRun();
            }
        }

        private void endSingleRun() {
            if (singleRunLength >= 3) {
                pendingRuns = pendingRuns == null ? new java.util.ArrayList<>() : pendingRuns;
                pendingRuns.add(new int[] {singleRunStart, singleRunLength});
            }
            singleRunStart = -1;
            singleRunLength = 0;
        }

        private java.util.List<int[]> pendingRuns;

        /** "k i l l my self" was typed to dodge filters: join three or more one-letter words into one. */
        void joinSpelledOut() {
            endSingleRun();
            if (pendingRuns == null) {
                return;
            }
            Tokens joined = new Tokens(out.size());
            int run = 0;
            int k = 0;
            while (k < out.size()) {
                if (run < pendingRuns.size() && pendingRuns.get(run)[0] == k) {
                    int[] span = pendingRuns.get(run++);
                    StringBuilder word = new StringBuilder(span[1]);
                    char last = 0;
                    for (int j = k; j < k + span[1]; j++) {
                        char c = out.word(j).charAt(0);
                        if (c != last) {
                            word.append(c);
                        }
                        last = c;
                    }
                    String whole = word.toString();
                    String[] parts = compounds.get(whole);
                    for (String part : parts == null ? new String[] {whole} : parts) {
                        joined.add(part, out.clause(k), out.pause(k));
                    }
                    k += span[1];
                } else {
                    joined.add(out.word(k), out.clause(k), out.pause(k));
                    k++;
                }
            }
            out.replaceWith(joined);
        }
    }

    /** Accented Latin letters folded to their base letter; 0 where a letter stays as it is. */
    private static char[] foldTable() {
        char[] table = new char[0x250];
        for (char c = 0xC0; c < 0x250; c++) {
            String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
            char base = decomposed.charAt(0);
            if (base < 128 && Character.isLetter(base)) {
                table[c] = Character.toLowerCase(base);
            }
        }
        table[0xDF] = 's';
        table[0xE6] = 'a';
        table[0x153] = 'o';
        table[0xF8] = 'o';
        table[0x111] = 'd';
        table[0x142] = 'l';
        return table;
    }
}
