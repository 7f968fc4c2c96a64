package app.kindred.core.crisis.screening;

import java.util.Set;

/**
 * One rule of a rule file: the level and categories its phrases signal, and how context may change that.
 *
 * @param about     whom the rule speaks of: always the writer, always someone else, or decided by context
 * @param negatable a negation just before the phrase cancels it ("I'm not suicidal")
 * @param whenPast  the level when the phrase sits in a clause about the past or recovery ("two years
 *                  since I last self-harmed"), or null to keep the level
 * @param canBeJoke laughter or hyperbole nearby makes it ambiguous; false for plans, means and goodbyes
 * @param whenImminent the level when the message also says "tonight", "goodbye" and the like (an apology
 *                  for everything turns into a goodbye), or null to keep the level
 */
record Rule(String id, String language, Screening.Level level, Set<Screening.Category> categories, About about,
            boolean negatable, Screening.Level whenPast, boolean canBeJoke, Screening.Level whenImminent) {

    /** Whom a rule speaks of. */
    enum About { SELF, SOMEONE_ELSE, CONTEXT }
}
