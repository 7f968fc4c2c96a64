package app.kindred.core.prompts;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Port to the prompt catalogue: every sentence Kindred says, per language, kept outside Java. */
public interface Prompts {

    /** The language every other language is checked against and falls back to. */
    String BASE_LANGUAGE = "en";

    Set<String> languages();

    /** All keys known in a language. */
    Set<String> keys(String language);

    /**
     * The variants of a template: one for most keys, several where Kindred varies its wording. Empty
     * when the language lacks the key.
     */
    Optional<List<String>> variants(String language, String key);

    /** The direct children of a key prefix, e.g. the tip ids under "tips". */
    default List<String> childrenOf(String language, String prefix) {
        String start = prefix + ".";
        return keys(language).stream()
                .filter(key -> key.startsWith(start))
                .map(key -> key.substring(start.length()).split("\\.", 2)[0])
                .distinct()
                .sorted()
                .toList();
    }
}
