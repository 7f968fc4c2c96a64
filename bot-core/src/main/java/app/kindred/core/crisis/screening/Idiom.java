package app.kindred.core.crisis.screening;

import java.util.Set;

/**
 * A harmless expression that looks like danger ("dying to see it", "kill -9"): it cancels the rules of its
 * language that it overlaps (span), shares a clause with (clause) or shares the message with (message).
 *
 * @param cancels rule ids it applies to; empty for every rule of its language
 * @param cap     the level it lowers those rules to, or null to cancel them
 * @param onlyAboutOthers it applies only to matches about someone else (a character in a film)
 */
record Idiom(String language, Scope scope, Set<String> cancels, Screening.Level cap, boolean onlyAboutOthers) {

    /** How far an idiom's cancelling reaches. */
    enum Scope { SPAN, CLAUSE, MESSAGE }

    Idiom {
        cancels = Set.copyOf(cancels);
    }

    boolean appliesTo(Rule rule) {
        return rule.language().equals(language) && (cancels.isEmpty() || cancels.contains(rule.id()));
    }
}
