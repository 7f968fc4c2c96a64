package app.kindred.core.crisis.screening;

import java.util.Set;

/**
 * The single words of one language that change what a rule match means: negations (and the words that
 * undo them, as in "can't stop thinking about"), the small words a negation may reach across, and the
 * words that tell whether the writer speaks of themselves or of someone else.
 */
record Cues(Set<String> negation, Set<String> negationUndoneBy, Set<String> bridge, Set<String> firstPerson,
            Set<String> someoneElse) {

    Cues {
        negation = Set.copyOf(negation);
        negationUndoneBy = Set.copyOf(negationUndoneBy);
        bridge = Set.copyOf(bridge);
        firstPerson = Set.copyOf(firstPerson);
        someoneElse = Set.copyOf(someoneElse);
    }
}
