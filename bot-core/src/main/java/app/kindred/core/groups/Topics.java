package app.kindred.core.groups;

import app.kindred.core.prompts.Prompts;
import app.kindred.core.prompts.Say;

import java.util.List;

/**
 * The topics a community offers, named and described in prompts/ under {@code groups.topics.<id>}, so
 * community managers change them without touching Java.
 */
public final class Topics {

    private final List<String> offered;

    public Topics(GroupSettings settings, Prompts prompts) {
        this.offered = settings.topics();
        for (String topic : offered) {
            for (String part : List.of(".name", ".about")) {
                if (prompts.variants(Prompts.BASE_LANGUAGE, "groups.topics." + topic + part).isEmpty()) {
                    throw new IllegalStateException("topic '" + topic + "' needs groups.topics." + topic + part
                            + " in prompts/en/groups.yml");
                }
            }
        }
    }

    public List<String> offered() {
        return offered;
    }

    public boolean offers(String topic) {
        return offered.contains(topic);
    }

    /** The topic's name in the member's language; a buddy pairing is named like one. */
    public String name(Say say, TopicKey topic) {
        return name(say, topic.topic());
    }

    public String name(Say say, String topic) {
        return TopicKey.BUDDY.equals(topic) ? say.text("buddy.name") : say.text("groups.topics." + topic + ".name");
    }

    public String about(Say say, String topic) {
        return say.text("groups.topics." + topic + ".about");
    }
}
