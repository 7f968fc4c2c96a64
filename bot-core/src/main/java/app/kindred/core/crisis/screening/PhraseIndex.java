package app.kindred.core.crisis.screening;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds every phrase that matches a message in one pass: phrases are indexed by the words (a hash map)
 * and word beginnings (a letter trie) their first slot accepts, so a word that starts no phrase costs one
 * lookup and a short trie walk.
 */
final class PhraseIndex {

    /** One match of a phrase over words {@code [start, end)}. */
    record Match(Phrase phrase, int start, int end) {
    }

    private final Map<String, Phrase[]> byWord;
    private final TrieNode prefixes;

    private PhraseIndex(Map<String, Phrase[]> byWord, TrieNode prefixes) {
        this.byWord = byWord;
        this.prefixes = prefixes;
    }

    static PhraseIndex of(List<Phrase> phrases) {
        Map<String, List<Phrase>> words = new HashMap<>();
        TrieNode root = new TrieNode();
        for (Phrase phrase : phrases) {
            Phrase.Slot first = phrase.slots[0];
            if (first.isGap() || first.end || first.optional) {
                throw new IllegalArgumentException("a phrase must start with a word, not a gap or an optional word: "
                        + phrase.source);
            }
            for (String word : first.words) {
                words.computeIfAbsent(word, w -> new ArrayList<>()).add(phrase);
            }
            for (String prefix : first.prefixes) {
                root.add(prefix, 0, phrase);
            }
        }
        Map<String, Phrase[]> frozen = new HashMap<>();
        words.forEach((word, list) -> frozen.put(word, list.toArray(Phrase[]::new)));
        root.freeze();
        return new PhraseIndex(frozen, root);
    }

    List<Match> find(Tokens tokens) {
        List<Match> found = null;
        for (int start = 0; start < tokens.size(); start++) {
            String word = tokens.word(start);
            Phrase[] exact = byWord.get(word);
            if (exact != null) {
                found = tryAll(exact, tokens, start, found);
            }
            TrieNode node = prefixes;
            for (int k = 0; k < word.length() && node != null; k++) {
                node = node.child(word.charAt(k));
                if (node != null && node.phrases.length > 0) {
                    found = tryAll(node.phrases, tokens, start, found);
                }
            }
        }
        return found == null ? List.of() : found;
    }

    private static List<Match> tryAll(Phrase[] phrases, Tokens tokens, int start, List<Match> found) {
        for (Phrase phrase : phrases) {
            int end = phrase.matchAfterFirst(tokens, start);
            if (end >= 0) {
                if (found == null) {
                    found = new ArrayList<>(4);
                }
                if (!alreadyFound(found, phrase, start)) {
                    found.add(new Match(phrase, start, end));
                }
            }
        }
        return found;
    }

    private static boolean alreadyFound(List<Match> found, Phrase phrase, int start) {
        for (int k = found.size() - 1; k >= 0 && found.get(k).start() == start; k--) {
            if (found.get(k).phrase() == phrase) {
                return true;
            }
        }
        return false;
    }

    /** A letter trie over a-z; word beginnings with other characters are rejected when rules are loaded. */
    private static final class TrieNode {
        private TrieNode[] children;
        private List<Phrase> adding = new ArrayList<>();
        private Phrase[] phrases = new Phrase[0];

        void add(String prefix, int at, Phrase phrase) {
            if (at == prefix.length()) {
                adding.add(phrase);
                return;
            }
            char c = prefix.charAt(at);
            if (c < 'a' || c > 'z') {
                throw new IllegalArgumentException("a word beginning (stem*) may use only the letters a-z: " + prefix);
            }
            if (children == null) {
                children = new TrieNode[26];
            }
            if (children[c - 'a'] == null) {
                children[c - 'a'] = new TrieNode();
            }
            children[c - 'a'].add(prefix, at + 1, phrase);
        }

        TrieNode child(char c) {
            return children == null || c < 'a' || c > 'z' ? null : children[c - 'a'];
        }

        void freeze() {
            phrases = adding.toArray(Phrase[]::new);
            adding = null;
            if (children != null) {
                for (TrieNode child : children) {
                    if (child != null) {
                        child.freeze();
                    }
                }
            }
        }
    }
}
