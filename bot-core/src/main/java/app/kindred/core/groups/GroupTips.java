package app.kindred.core.groups;

import app.kindred.core.contract.Part;
import app.kindred.core.prompts.Say;

import java.util.List;
import java.util.Optional;

/**
 * Listening tips for groups, taken from the tip catalogue in prompts/ ({@code tips.items.<id>.title} and
 * {@code .why}, shared with the tips feature). Groups rotate through them in order; with no tips in the
 * catalogue, a group simply gets none.
 */
final class GroupTips {

    private static final String ITEMS = "tips.items";

    /** The tip a group sees as its {@code shown}-th, or empty when the catalogue has none. */
    Optional<Part> tip(Say say, int shown) {
        List<String> ids = say.childrenOf(ITEMS).stream()
                .filter(id -> say.has(ITEMS + "." + id + ".title"))
                .toList();
        if (ids.isEmpty()) {
            return Optional.empty();
        }
        String id = ids.get(Math.floorMod(shown, ids.size()));
        String title = say.text(ITEMS + "." + id + ".title");
        String why = say.has(ITEMS + "." + id + ".why") ? say.text(ITEMS + "." + id + ".why") : "";
        StringBuilder text = new StringBuilder(say.text("groups.tip", "title", title));
        if (!why.isEmpty()) {
            text.append('\n').append(why);
        }
        if (say.has(ITEMS + "." + id + ".examples")) {
            text.append('\n').append(say.text("groups.tip-examples"));
            say.all(ITEMS + "." + id + ".examples")
                    .forEach(example -> text.append('\n').append(say.text("groups.tip-example", "example", example)));
        }
        return Optional.of(new Part.Text(text.toString()));
    }
}
