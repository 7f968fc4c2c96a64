package app.kindred.core.crisis.screening;

import java.util.Arrays;

/**
 * A message as normalised words, each with the number of the clause it belongs to; phrases never match
 * across a clause end (a full stop, a question mark, a new line, or a word such as "but"). Each word also
 * carries the number of its pause (a comma, a colon, a dash): a negation does not reach across a pause.
 */
final class Tokens {

    private String[] words;
    private int[] clauses;
    private int[] pauses;
    private int size;

    Tokens(int expected) {
        int capacity = Math.max(8, expected);
        words = new String[capacity];
        clauses = new int[capacity];
        pauses = new int[capacity];
    }

    void add(String word, int clause, int pause) {
        if (size == words.length) {
            words = Arrays.copyOf(words, size * 2);
            clauses = Arrays.copyOf(clauses, size * 2);
            pauses = Arrays.copyOf(pauses, size * 2);
        }
        words[size] = word;
        clauses[size] = clause;
        pauses[size] = pause;
        size++;
    }

    /** Takes over another token list's contents (after spelled-out letters were joined). */
    void replaceWith(Tokens other) {
        words = other.words;
        clauses = other.clauses;
        pauses = other.pauses;
        size = other.size;
    }

    int size() {
        return size;
    }

    String word(int index) {
        return words[index];
    }

    int clause(int index) {
        return clauses[index];
    }

    int pause(int index) {
        return pauses[index];
    }

    /** The words joined by spaces: for tests and for the rule files' own checks, never for logs. */
    String joined() {
        return String.join(" ", Arrays.copyOf(words, size));
    }
}
