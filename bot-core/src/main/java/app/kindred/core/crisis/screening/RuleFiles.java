package app.kindred.core.crisis.screening;

import app.kindred.core.prompts.PromptSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads the screening rule files ({@code screening/common.yml} and {@code screening/<language>.yml} under
 * the prompts folder) and compiles them. A mistake in a file fails loading with the file and the phrase
 * named, so a reviewer's edit cannot silently switch a rule off.
 */
final class RuleFiles {

    /** Everything the screener needs, compiled. */
    record Compiled(TextNormaliser normaliser, PhraseIndex index, Map<String, Cues> cues, List<Phrase> phrases) {
    }

    private RuleFiles() {
    }

    @SuppressWarnings("unchecked")
    static Compiled load(PromptSource source) {
        Map<String, Object> common = read(source, "screening/common.yml");
        List<String> languages = (List<String>) require(common, "languages", "screening/common.yml");
        Map<String, Map<String, Object>> files = new LinkedHashMap<>();
        for (String language : languages) {
            files.put(language, read(source, "screening/" + language + ".yml"));
        }

        Map<Character, Character> leet = new HashMap<>();
        ((Map<Object, Object>) common.getOrDefault("leetspeak", Map.of())).forEach((from, to) ->
                leet.put(from.toString().charAt(0), to.toString().charAt(0)));
        Map<Integer, String> emoji = new HashMap<>();
        ((Map<Object, Object>) common.getOrDefault("emoji", Map.of())).forEach((symbol, word) ->
                emoji.put(symbol.toString().codePointAt(0), word.toString()));

        Set<String> clauseBreaks = new HashSet<>();
        Map<String, String> rawCompounds = new HashMap<>();
        TextNormaliser plain = new TextNormaliser(leet, Map.of(), Map.of(), Set.of());
        for (Map.Entry<String, Map<String, Object>> file : files.entrySet()) {
            Map<String, Object> cues = (Map<String, Object>) file.getValue().getOrDefault("cues", Map.of());
            for (String word : strings(cues.get("clause-breaks"))) {
                clauseBreaks.add(plain.normaliseWord(word));
            }
            ((Map<Object, Object>) file.getValue().getOrDefault("compounds", Map.of())).forEach((joined, split) ->
                    rawCompounds.put(joined.toString(), split.toString()));
        }
        Map<String, String[]> compounds = new HashMap<>();
        rawCompounds.forEach((joined, split) -> {
            Tokens parts = plain.tokens(split);
            String[] words = new String[parts.size()];
            for (int k = 0; k < words.length; k++) {
                words[k] = parts.word(k);
            }
            compounds.put(plain.normaliseWord(joined), words);
        });
        TextNormaliser normaliser = new TextNormaliser(leet, emoji, compounds, clauseBreaks);

        List<Phrase> phrases = new ArrayList<>();
        Map<String, Cues> cuesByLanguage = new HashMap<>();
        for (Map.Entry<String, Map<String, Object>> file : files.entrySet()) {
            String language = file.getKey();
            Compiler compiler = new Compiler(language, "screening/" + language + ".yml", normaliser, plain,
                    (Map<String, Object>) file.getValue().getOrDefault("words", Map.of()));
            Cues cues = compiler.cues((Map<String, Object>) file.getValue().getOrDefault("cues", Map.of()));
            cuesByLanguage.put(language, cues);
            compiler.gapStoppers = cues.negation();
            compiler.compileFile(file.getValue(), phrases);
        }
        return new Compiled(normaliser, PhraseIndex.of(phrases), Map.copyOf(cuesByLanguage), List.copyOf(phrases));
    }

    /** Compiles one language's file. */
    private static final class Compiler {
        private final String language;
        private final String file;
        private final TextNormaliser normaliser;
        /** Normalises word beginnings: like words, but a stem is never split as a run-together word. */
        private final TextNormaliser stems;
        private final Map<String, Object> lists;
        private final Map<String, Set<String>> resolved = new HashMap<>();
        /** The language's negations, which gaps in its phrases never skip. */
        private Set<String> gapStoppers = Set.of();

        Compiler(String language, String file, TextNormaliser normaliser, TextNormaliser stems,
                 Map<String, Object> lists) {
            this.language = language;
            this.file = file;
            this.normaliser = normaliser;
            this.stems = stems;
            this.lists = lists;
        }

        Cues cues(Map<String, Object> cues) {
            return new Cues(words(cues.get("negation")), words(cues.get("negation-undone-by")),
                    words(cues.get("bridge")), words(cues.get("first-person")), words(cues.get("someone-else")));
        }

        @SuppressWarnings("unchecked")
        void compileFile(Map<String, Object> root, List<Phrase> out) {
            Map<String, Object> markers = (Map<String, Object>) root.getOrDefault("markers", Map.of());
            marker(markers, "past", Phrase.Kind.PAST, out);
            marker(markers, "present", Phrase.Kind.PRESENT, out);
            marker(markers, "imminent", Phrase.Kind.IMMINENT, out);
            marker(markers, "joke", Phrase.Kind.JOKE, out);
            marker(markers, "hyperbole", Phrase.Kind.HYPERBOLE, out);
            List<Idiom> declared = new ArrayList<>();
            for (Object item : (List<Object>) root.getOrDefault("idioms", List.of())) {
                Map<String, Object> idiom = (Map<String, Object>) item;
                Idiom.Scope scope = Idiom.Scope.valueOf(text(idiom, "scope", "span").toUpperCase(Locale.ROOT));
                String cap = text(idiom, "cap", null);
                Idiom owner = new Idiom(language, scope, Set.copyOf(strings(idiom.get("cancels"))),
                        cap == null ? null : Screening.Level.valueOf(cap.toUpperCase(Locale.ROOT)),
                        text(idiom, "about", "anyone").equals("someone-else"));
                declared.add(owner);
                for (String phrase : strings(idiom.get("phrases"))) {
                    compileAll(Phrase.Kind.IDIOM, phrase, owner, out);
                }
            }
            Set<String> ids = new HashSet<>();
            for (Object item : (List<Object>) root.getOrDefault("rules", List.of())) {
                Map<String, Object> map = (Map<String, Object>) item;
                Rule rule = rule(map);
                if (!ids.add(rule.id())) {
                    throw problem("rule id " + rule.id() + " is used twice");
                }
                List<String> phrases = strings(map.get("phrases"));
                if (phrases.isEmpty()) {
                    throw problem("rule " + rule.id() + " has no phrases");
                }
                for (String phrase : phrases) {
                    compileAll(Phrase.Kind.RULE, phrase, rule, out);
                }
            }
            for (Idiom idiom : declared) {
                for (String id : idiom.cancels()) {
                    if (!ids.contains(id)) {
                        throw problem("an idiom cancels the rule '" + id + "', which does not exist");
                    }
                }
            }
        }

        private void marker(Map<String, Object> markers, String name, Phrase.Kind kind, List<Phrase> out) {
            for (String phrase : strings(markers.get(name))) {
                compileAll(kind, phrase, null, out);
            }
        }

        private Rule rule(Map<String, Object> map) {
            String id = text(map, "id", null);
            if (id == null) {
                throw problem("a rule has no id");
            }
            Screening.Level level = Screening.Level.valueOf(text(map, "level", "crisis").toUpperCase(Locale.ROOT));
            EnumSet<Screening.Category> categories = EnumSet.noneOf(Screening.Category.class);
            for (String code : strings(map.get("categories"))) {
                try {
                    categories.add(Screening.Category.fromCode(code));
                } catch (IllegalArgumentException e) {
                    throw problem("rule " + id + " names an unknown category '" + code + "'");
                }
            }
            Rule.About about = switch (text(map, "about", "context")) {
                case "self" -> Rule.About.SELF;
                case "someone-else" -> Rule.About.SOMEONE_ELSE;
                case "context" -> Rule.About.CONTEXT;
                default -> throw problem("rule " + id + ": 'about' is self, someone-else or context");
            };
            String whenPast = text(map, "when-past", "none");
            Screening.Level pastLevel = whenPast.equals("unchanged") ? null
                    : Screening.Level.valueOf(whenPast.toUpperCase(Locale.ROOT));
            boolean negatable = Boolean.parseBoolean(text(map, "negatable", "true"));
            boolean canBeJoke = !text(map, "joke", "possible").equals("never");
            String whenImminent = text(map, "when-imminent", null);
            return new Rule(id, language, level, categories, about, negatable, pastLevel, canBeJoke,
                    whenImminent == null ? null : Screening.Level.valueOf(whenImminent.toUpperCase(Locale.ROOT)));
        }

        /**
         * Compiles one phrase: words, a|b alternatives, {@code <list>}, {@code stem*}, {@code word?}, {@code ~}
         * and {@code ~N} gaps, and {@code $} for the end of the sentence.
         */
        void compileAll(Phrase.Kind kind, String text, Object owner, List<Phrase> out) {
            for (String variant : expand(text)) {
                out.add(compile(kind, variant, owner));
            }
        }

        /** "no quiero (seguir viviendo|estar aqui)" becomes one phrase per alternative of each group. */
        private List<String> expand(String text) {
            int open = text.indexOf('(');
            if (open < 0) {
                if (text.indexOf(')') >= 0) {
                    throw problem("')' without '(' in '" + text + "'");
                }
                return List.of(text);
            }
            int close = text.indexOf(')', open);
            if (close < 0 || text.indexOf('(', open + 1) >= 0 && text.indexOf('(', open + 1) < close) {
                throw problem("unbalanced or nested '(' in '" + text + "'");
            }
            List<String> out = new ArrayList<>();
            for (String alternative : text.substring(open + 1, close).split("\\|", -1)) {
                if (alternative.isBlank()) {
                    throw problem("an empty alternative in '" + text + "'");
                }
                out.addAll(expand(text.substring(0, open) + " " + alternative.strip() + " " + text.substring(close + 1)));
            }
            if (out.size() > 256) {
                throw problem("'" + text + "' expands to more than 256 phrases; split it");
            }
            return out;
        }

        Phrase compile(Phrase.Kind kind, String text, Object owner) {
            String[] parts = text.strip().split("\\s+");
            List<Phrase.Slot> slots = new ArrayList<>(parts.length);
            for (String part : parts) {
                if (part.equals("$")) {
                    slots.add(Phrase.Slot.endOfSentence());
                    continue;
                }
                if (part.startsWith("~")) {
                    int max = part.length() == 1 ? 3 : Integer.parseInt(part.substring(1));
                    slots.add(Phrase.Slot.gap(max));
                    continue;
                }
                boolean optional = part.endsWith("?") && part.length() > 1;
                String body = optional ? part.substring(0, part.length() - 1) : part;
                Set<String> words = new HashSet<>();
                List<String> prefixes = new ArrayList<>();
                for (String alternative : body.split("\\|")) {
                    if (alternative.startsWith("<") && alternative.endsWith(">")) {
                        for (String word : list(alternative.substring(1, alternative.length() - 1))) {
                            addWord(word, words, prefixes, text);
                        }
                    } else {
                        addWord(alternative, words, prefixes, text);
                    }
                }
                slots.add(Phrase.Slot.words(words, prefixes.toArray(String[]::new), optional));
            }
            try {
                return new Phrase(kind, language, slots.toArray(Phrase.Slot[]::new), owner, text, gapStoppers);
            } catch (IllegalArgumentException e) {
                throw problem(e.getMessage() + " in '" + text + "'");
            }
        }

        private void addWord(String word, Set<String> words, List<String> prefixes, String phrase) {
            try {
                if (word.endsWith("*") && word.length() > 1) {
                    prefixes.add(stems.normaliseWord(word.substring(0, word.length() - 1)));
                } else {
                    words.add(normaliser.normaliseWord(word));
                }
            } catch (IllegalArgumentException e) {
                throw problem("'" + word + "' in '" + phrase + "' is not a single word; split it into phrase words");
            }
        }

        private Set<String> list(String name) {
            Set<String> done = resolved.get(name);
            if (done != null) {
                return done;
            }
            Object raw = lists.get(name);
            if (raw == null) {
                throw problem("the word list <" + name + "> is not defined under 'words'");
            }
            resolved.put(name, Set.of());
            Set<String> words = new HashSet<>();
            List<String> items;
            try {
                items = strings(raw);
            } catch (IllegalStateException e) {
                throw problem("the word list <" + name + "> " + e.getMessage().replace("a word list ", ""));
            }
            for (String item : items) {
                if (item.startsWith("<") && item.endsWith(">")) {
                    words.addAll(list(item.substring(1, item.length() - 1)));
                } else {
                    words.add(item);
                }
            }
            Set<String> frozen = Set.copyOf(words);
            resolved.put(name, frozen);
            return frozen;
        }

        private Set<String> words(Object raw) {
            Set<String> out = new HashSet<>();
            for (String word : strings(raw)) {
                out.add(normaliser.normaliseWord(word));
            }
            return out;
        }

        private IllegalStateException problem(String message) {
            return new IllegalStateException("prompts/" + file + ": " + message);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Object raw) {
        if (raw == null) {
            return List.of();
        }
        if (raw instanceof List<?> list) {
            List<String> out = new ArrayList<>(list.size());
            for (Object item : (List<Object>) list) {
                if (item instanceof Boolean) {
                    // YAML reads a bare no, yes, on or off as true/false: such words must be quoted.
                    throw new IllegalStateException("a word list holds " + item + "; quote words like \"no\" and \"on\"");
                }
                out.add(String.valueOf(item));
            }
            return out;
        }
        return List.of(raw.toString());
    }

    private static String text(Map<String, Object> map, String key, String otherwise) {
        Object value = map.get(key);
        return value == null ? otherwise : value.toString().strip();
    }

    private static Object require(Map<String, Object> map, String key, String file) {
        Object value = map.get(key);
        if (value == null) {
            throw new IllegalStateException("prompts/" + file + " must have '" + key + "'");
        }
        return value;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> read(PromptSource source, String name) {
        try (InputStream in = source.open(name)) {
            if (in == null) {
                throw new IllegalStateException("prompts/" + name + " is missing");
            }
            Object tree = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            if (!(tree instanceof Map)) {
                throw new IllegalStateException("prompts/" + name + " is not a YAML map");
            }
            return (Map<String, Object>) tree;
        } catch (IOException e) {
            throw new UncheckedIOException("could not read prompts/" + name, e);
        }
    }
}
