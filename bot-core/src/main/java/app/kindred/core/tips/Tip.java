package app.kindred.core.tips;

import app.kindred.core.prompts.Say;

import java.util.List;

/**
 * One listening tip in the member's language, read from prompts/&lt;lang&gt;/tips.yml.
 *
 * @param id       the stable key under tips.items, stored as progress
 * @param title    what to do, in a few words
 * @param why      why it helps, in a sentence or two
 * @param examples two things one could say
 */
public record Tip(String id, String title, String why, List<String> examples) {

    static final String ITEMS = "tips.items";

    static Tip read(Say say, String id) {
        String key = ITEMS + "." + id;
        return new Tip(id, say.text(key + ".title"), say.text(key + ".why"), say.all(key + ".examples"));
    }

    /** Every tip id in the catalogue, in a stable order. */
    static List<String> ids(Say say) {
        return say.childrenOf(ITEMS);
    }
}
