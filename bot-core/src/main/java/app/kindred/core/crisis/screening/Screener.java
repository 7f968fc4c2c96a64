package app.kindred.core.crisis.screening;

import app.kindred.core.prompts.PromptSource;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/**
 * Screens one message for crisis signals with the readable rules in {@code prompts/screening/}. Pure and
 * thread-safe: no store, no network, no state between calls, so it works when everything else is down.
 *
 * <p>Every language's rules run on every message, because people switch languages mid-conversation;
 * the language hint callers pass is not needed to find a signal.
 */
public final class Screener {

    private final TextNormaliser normaliser;
    private final PhraseIndex index;
    private final Map<String, Cues> cues;

    private Screener(RuleFiles.Compiled compiled) {
        this.normaliser = compiled.normaliser();
        this.index = compiled.index();
        this.cues = compiled.cues();
    }

    /** The rules bundled with Kindred, loaded once. */
    public static Screener bundled() {
        return Bundled.SCREENER;
    }

    /** Rules from another place, such as a prompts folder people edit. */
    public static Screener load(PromptSource source) {
        return new Screener(RuleFiles.load(source));
    }

    /** Holds the bundled screener; loading it is the JVM's lazy, thread-safe class initialisation. */
    private static final class Bundled {
        static final Screener SCREENER = load(new PromptSource.Classpath(Screener.class.getClassLoader(), "prompts"));
    }

    /**
     * Screens a message.
     *
     * @param text         what the member wrote; it is read here and kept nowhere
     * @param languageHint the member's language setting, or null; every language is screened regardless
     */
    public Screening screen(String text, String languageHint) {
        if (text == null || text.isBlank()) {
            return Screening.NONE;
        }
        Tokens tokens = normaliser.tokens(text);
        List<PhraseIndex.Match> matches = index.find(tokens);
        return matches.isEmpty() ? Screening.NONE : assess(tokens, matches);
    }

    public Screening screen(String text) {
        return screen(text, null);
    }

    private Screening assess(Tokens tokens, List<PhraseIndex.Match> matches) {
        boolean laughter = false;
        boolean hyperbole = false;
        boolean imminent = false;
        for (PhraseIndex.Match match : matches) {
            Phrase.Kind kind = match.phrase().kind;
            laughter |= kind == Phrase.Kind.JOKE;
            hyperbole |= kind == Phrase.Kind.HYPERBOLE;
            imminent |= kind == Phrase.Kind.IMMINENT;
        }

        Screening.Level level = Screening.Level.NONE;
        EnumSet<Screening.Category> categories = EnumSet.noneOf(Screening.Category.class);
        boolean selfAtLevel = false;
        boolean someoneElseAtLevel = false;
        boolean seriousNoJoke = false;
        for (PhraseIndex.Match match : matches) {
            if (match.phrase().kind != Phrase.Kind.RULE) {
                continue;
            }
            Rule rule = (Rule) match.phrase().owner;
            Cues language = cues.get(rule.language());
            if (rule.negatable() && negated(tokens, match.start(), language)) {
                continue;
            }
            boolean someoneElse = aboutSomeoneElse(rule, tokens, match, language);
            Screening.Level matchLevel = idiomLevel(rule, someoneElse, tokens, match, matches);
            if (matchLevel == Screening.Level.NONE) {
                continue;
            }
            if (imminent && rule.whenImminent() != null && rule.whenImminent().compareTo(matchLevel) > 0) {
                matchLevel = rule.whenImminent();
            }
            if (rule.whenPast() != null && aboutThePast(tokens, match, matches)) {
                categories.add(Screening.Category.PAST_EXPERIENCE);
                matchLevel = rule.whenPast().compareTo(matchLevel) < 0 ? rule.whenPast() : matchLevel;
            }
            if (matchLevel == Screening.Level.NONE) {
                continue;
            }
            categories.addAll(rule.categories());
            int order = matchLevel.compareTo(level);
            if (order > 0) {
                level = matchLevel;
                selfAtLevel = !someoneElse;
                someoneElseAtLevel = someoneElse;
                seriousNoJoke = !rule.canBeJoke();
            } else if (order == 0) {
                selfAtLevel |= !someoneElse;
                someoneElseAtLevel |= someoneElse;
                seriousNoJoke |= !rule.canBeJoke();
            }
        }
        if (level == Screening.Level.NONE) {
            return categories.isEmpty() ? Screening.NONE
                    : new Screening(Screening.Level.NONE, categories, Screening.Subject.SELF, false);
        }
        Screening.Subject subject = selfAtLevel ? Screening.Subject.SELF : Screening.Subject.THIRD_PARTY;
        if (subject == Screening.Subject.THIRD_PARTY) {
            categories.add(Screening.Category.THIRD_PARTY_WORRY);
        }
        if (level == Screening.Level.CRISIS && imminent) {
            categories.add(Screening.Category.IMMINENT);
        }
        boolean serious = seriousNoJoke || categories.contains(Screening.Category.IMMINENT)
                || categories.contains(Screening.Category.MEANS_SEEKING);
        boolean possibleJoke = (laughter || hyperbole) && !serious;
        if (possibleJoke && hyperbole && !laughter && level == Screening.Level.CRISIS) {
            // "I want to die, that was so embarrassing": distress in words, not a stated danger.
            level = Screening.Level.CONCERN;
        }
        return new Screening(level, categories, subject, possibleJoke);
    }

    /**
     * The rule's level after idioms: an idiom of its language that reaches the match (overlapping it,
     * in its clause, or anywhere, as the idiom says) cancels it or lowers it to the idiom's cap.
     */
    private static Screening.Level idiomLevel(Rule rule, boolean someoneElse, Tokens tokens, PhraseIndex.Match match,
                                              List<PhraseIndex.Match> all) {
        Screening.Level level = rule.level();
        for (PhraseIndex.Match other : all) {
            if (other.phrase().kind != Phrase.Kind.IDIOM) {
                continue;
            }
            Idiom idiom = (Idiom) other.phrase().owner;
            if (!idiom.appliesTo(rule) || idiom.onlyAboutOthers() && !someoneElse) {
                continue;
            }
            boolean reaches = switch (idiom.scope()) {
                case SPAN -> other.start() < match.end() && match.start() < other.end();
                case CLAUSE -> tokens.clause(other.start()) == tokens.clause(match.start());
                case MESSAGE -> true;
            };
            if (reaches) {
                if (idiom.cap() == null) {
                    return Screening.Level.NONE;
                }
                if (idiom.cap().compareTo(level) < 0) {
                    level = idiom.cap();
                }
            }
        }
        return level;
    }

    /**
     * A negation shortly before the match, reaching it across only small words: "not suicidal", "never
     * going to hurt myself". "can't stop thinking about" is not a negation: the next word undoes it. Nor
     * does a negation reach across a comma: "je n'en peux plus, je veux disparaître".
     */
    private static boolean negated(Tokens tokens, int start, Cues cues) {
        int pause = tokens.pause(start);
        for (int k = start - 1, steps = 0; k >= 0 && steps < 4 && tokens.pause(k) == pause; k--, steps++) {
            String word = tokens.word(k);
            if (cues.negation().contains(word)) {
                return !(k + 1 < tokens.size() && cues.negationUndoneBy().contains(tokens.word(k + 1)));
            }
            if (!cues.bridge().contains(word)) {
                return false;
            }
        }
        return false;
    }

    /** The match's clause speaks of the past or of recovery, and nothing in it says "again" or "now". */
    private static boolean aboutThePast(Tokens tokens, PhraseIndex.Match match, List<PhraseIndex.Match> all) {
        int clause = tokens.clause(match.start());
        boolean past = false;
        for (PhraseIndex.Match other : all) {
            if (tokens.clause(other.start()) != clause) {
                continue;
            }
            if (other.phrase().kind == Phrase.Kind.PRESENT) {
                return false;
            }
            past |= other.phrase().kind == Phrase.Kind.PAST;
        }
        return past;
    }

    /**
     * Whom a match speaks of: the rule may say; else "me/myself" inside the match means the writer,
     * "herself/his" inside it someone else; else, looking back through the clause, the nearest of
     * "she/my friend" and "I" decides.
     */
    private static boolean aboutSomeoneElse(Rule rule, Tokens tokens, PhraseIndex.Match match, Cues cues) {
        if (rule.about() != Rule.About.CONTEXT) {
            return rule.about() == Rule.About.SOMEONE_ELSE;
        }
        boolean someoneElseInside = false;
        for (int k = match.start(); k < match.end(); k++) {
            if (cues.firstPerson().contains(tokens.word(k))) {
                return false;
            }
            someoneElseInside |= cues.someoneElse().contains(tokens.word(k));
        }
        if (someoneElseInside) {
            return true;
        }
        int clause = tokens.clause(match.start());
        for (int k = match.start() - 1; k >= 0 && k >= match.start() - 8 && tokens.clause(k) == clause; k--) {
            String word = tokens.word(k);
            if (cues.someoneElse().contains(word)) {
                return true;
            }
            if (cues.firstPerson().contains(word)) {
                return false;
            }
        }
        return false;
    }

    /** The normalised words of a message, for rule-file tests. */
    String normalised(String text) {
        return normaliser.tokens(text).joined();
    }
}
