package app.kindred.core.prompts;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Renders prompts in one member's language, falling back to English for a key the language lacks
 * (the prompts sync test keeps that from happening in practice).
 */
public final class Say {

    private final Prompts prompts;
    private final String language;

    /** How much of what a member typed is quoted back in a reply. */
    public static final int QUOTE_LIMIT = 40;

    /**
     * What a member typed, to quote back in a reply ("I don't know the time zone ..."): cut at {@link #QUOTE_LIMIT}
     * characters, never through an emoji, so a pasted essay is not sent back whole.
     */
    public static String quote(String typed) {
        return typed.codePointCount(0, typed.length()) <= QUOTE_LIMIT ? typed
                : typed.substring(0, typed.offsetByCodePoints(0, QUOTE_LIMIT)) + "…";
    }

    public Say(Prompts prompts, String language) {
        this.prompts = prompts;
        this.language = prompts.languages().contains(language) ? language : Prompts.BASE_LANGUAGE;
    }

    public String language() {
        return language;
    }

    public Prompts prompts() {
        return prompts;
    }

    /** The first variant of a key, rendered. */
    public String text(String key, Object... namesAndValues) {
        return Template.render(variants(key).get(0), namesAndValues);
    }

    /** One of a key's variants, chosen at random: acknowledgements should not sound canned. */
    public String anyOf(String key, Object... namesAndValues) {
        List<String> variants = variants(key);
        String chosen = variants.get(ThreadLocalRandom.current().nextInt(variants.size()));
        return Template.render(chosen, namesAndValues);
    }

    /** Every variant of a key, rendered without placeholders (lists such as example phrases). */
    public List<String> all(String key) {
        return variants(key).stream().map(t -> Template.render(t)).toList();
    }

    public boolean has(String key) {
        return prompts.variants(language, key).isPresent()
                || prompts.variants(Prompts.BASE_LANGUAGE, key).isPresent();
    }

    public List<String> childrenOf(String prefix) {
        List<String> children = prompts.childrenOf(language, prefix);
        return children.isEmpty() ? prompts.childrenOf(Prompts.BASE_LANGUAGE, prefix) : children;
    }

    private List<String> variants(String key) {
        return prompts.variants(language, key)
                .or(() -> prompts.variants(Prompts.BASE_LANGUAGE, key))
                .orElseThrow(() -> new IllegalArgumentException("no prompt with key " + key));
    }

}
