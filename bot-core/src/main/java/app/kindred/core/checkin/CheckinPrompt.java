package app.kindred.core.checkin;

import app.kindred.core.contract.Part;
import app.kindred.core.mood.MoodTag;
import app.kindred.core.prompts.Say;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The check-in itself: "how are you feeling?" with a 1-5 scale of buttons that carry words as well as a
 * face, then skip and snooze; and the optional tags offered after an answer.
 */
final class CheckinPrompt {

    static final String SCORE = "ci.score";
    static final String TAG = "ci.tag";
    static final String SKIP = "ci.skip";
    static final String SNOOZE = "ci.snooze";
    static final String IN_AN_HOUR = "h";
    static final String TONIGHT = "t";
    /** The prompt keys of the scale's buttons, 1 to 5, made once. */
    private static final String[] SCALE_KEYS = {"", "checkin.scale.1", "checkin.scale.2", "checkin.scale.3",
            "checkin.scale.4", "checkin.scale.5"};

    /** Signs a button payload for the member the prompt is for. */
    @FunctionalInterface
    interface Signer {
        String sign(String action, String value);
    }

    private CheckinPrompt() {
    }

    /**
     * @param snoozable whether to offer snoozing (a prompt that already came back from a snooze does not)
     * @param tonight   whether "tonight" is still far enough ahead to offer
     */
    static List<Part> ask(Say say, Signer signer, long occurrence, boolean snoozable, boolean tonight) {
        String code = OccurrenceCode.encode(occurrence);
        List<Part.Button> scale = new ArrayList<>(5);
        for (int score = 1; score <= 5; score++) {
            scale.add(Part.Button.of(say.text(SCALE_KEYS[score]), signer.sign(SCORE, code + "-" + score)));
        }
        List<Part.Button> other = new ArrayList<>(3);
        other.add(Part.Button.of(say.text("checkin.skip-button"), signer.sign(SKIP, code)));
        if (snoozable) {
            other.add(Part.Button.of(say.text("checkin.snooze-hour-button"), signer.sign(SNOOZE, code + "-" + IN_AN_HOUR)));
            if (tonight) {
                other.add(Part.Button.of(say.text("checkin.snooze-tonight-button"), signer.sign(SNOOZE, code + "-" + TONIGHT)));
            }
        }
        return List.of(new Part.Text(say.anyOf(snoozable ? "checkin.question" : "checkin.question-again")),
                new Part.Buttons(scale), new Part.Buttons(other));
    }

    /** The prompt key of a tag's name. */
    static String tagKey(MoodTag tag) {
        return TAG_KEYS[tag.ordinal()];
    }

    private static final String[] TAG_KEYS = java.util.Arrays.stream(MoodTag.values())
            .map(tag -> "checkin.tags." + tag.key()).toArray(String[]::new);

    /** The tags not chosen yet, in rows of three so every platform shows them whole. */
    static List<Part> tagRows(Say say, Signer signer, long occurrence, Set<MoodTag> chosen) {
        String code = OccurrenceCode.encode(occurrence);
        List<Part> rows = new ArrayList<>();
        List<Part.Button> row = new ArrayList<>(3);
        for (MoodTag tag : MoodTag.values()) {
            if (chosen.contains(tag)) {
                continue;
            }
            row.add(Part.Button.of(say.text(tagKey(tag)), signer.sign(TAG, code + "-" + tag.code())));
            if (row.size() == 3) {
                rows.add(new Part.Buttons(List.copyOf(row)));
                row.clear();
            }
        }
        if (!row.isEmpty()) {
            rows.add(new Part.Buttons(row));
        }
        return rows;
    }
}
