package app.kindred.slack;

import java.util.Set;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Kindred's words name its commands as "/checkin" or "/help". On Slack they all live under the app's one
 * command, so a command named in Kindred's text is shown as Slack members type it: "/kindred checkin".
 * Only the core's own command names are touched, and only at the start of a word.
 */
final class SlackCommandSpelling implements UnaryOperator<String> {

    private static final Pattern MENTION = Pattern.compile("(?<![\\p{L}\\p{N}_/:.])/([a-z][a-z_]{1,31})\\b");

    private final String appCommand;
    private final Supplier<Set<String>> commandNames;
    private volatile Set<String> known;

    /** @param commandNames the core's command names and aliases, read when first needed */
    SlackCommandSpelling(String appCommand, Supplier<Set<String>> commandNames) {
        this.appCommand = appCommand;
        this.commandNames = commandNames;
    }

    /** Leaves every word as written: for tests of rendering alone. */
    static UnaryOperator<String> none() {
        return UnaryOperator.identity();
    }

    @Override
    public String apply(String markdown) {
        if (markdown.indexOf('/') < 0) {
            return markdown;
        }
        Set<String> names = known;
        if (names == null) {
            names = commandNames.get();
            known = names;
        }
        Matcher matcher = MENTION.matcher(markdown);
        StringBuilder out = new StringBuilder(markdown.length() + 16);
        while (matcher.find()) {
            String name = matcher.group(1);
            String replacement = names.contains(name) && !("/" + name).equals(appCommand)
                    ? appCommand + " " + name : matcher.group();
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
