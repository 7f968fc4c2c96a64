package app.kindred.core.tips;

import app.kindred.core.contract.Part;
import app.kindred.core.conversation.Access;
import app.kindred.core.conversation.Feature;
import app.kindred.core.conversation.Routes;
import app.kindred.core.conversation.Turn;
import app.kindred.core.crisis.screening.Screening;
import app.kindred.core.prompts.Prompts;
import app.kindred.core.prompts.Say;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Listening tips: {@code tips} gives one at a time, rotating per member with no repeats until all were
 * seen; a message like "my friend is struggling, how can I help?" gets the tips for supporting someone.
 */
public final class TipsFeature implements Feature {

    static final String NEXT = "tp.next";
    /** The tips that matter most to someone who is worried about a friend, in the order they help. */
    static final List<String> FOR_SUPPORTERS = List.of("listen-actively", "open-questions", "dont-fix",
            "professional-help", "look-after-yourself");

    private final TipProgress progress;
    private final SupporterQuestion supporterQuestion;
    /** Tip ids per language, read from the catalogue once rather than by scanning its keys per request. */
    private final java.util.Map<String, List<String>> idsByLanguage = new java.util.concurrent.ConcurrentHashMap<>();

    public TipsFeature(TipProgress progress, Prompts prompts) {
        this.progress = progress;
        this.supporterQuestion = new SupporterQuestion(prompts);
    }

    @Override
    public void register(Routes routes) {
        routes.command("tips", Access.CONSENTED, (turn, args) -> nextTip(turn))
                .action(NEXT, Access.CONSENTED, (turn, value) -> nextTip(turn))
                .text(this::answerSupporter);
    }

    private void nextTip(Turn turn) {
        Say say = turn.say();
        List<String> all = idsByLanguage.computeIfAbsent(say.language(), language -> Tip.ids(say));
        Set<String> seen = progress.seen(turn.member());
        List<String> unseen = new ArrayList<>(all);
        unseen.removeAll(seen);
        List<Part> parts = new ArrayList<>();
        if (unseen.isEmpty()) {
            progress.reset(turn.member());
            unseen = all;
            parts.add(new Part.Text(say.text("tips.round-done", "total", all.size())));
        }
        String id = unseen.get(ThreadLocalRandom.current().nextInt(unseen.size()));
        progress.markSeen(turn.member(), id);
        Tip tip = Tip.read(say, id);
        parts.add(new Part.Text(say.text("tips.card", "title", tip.title(), "why", tip.why(),
                "first", tip.examples().get(0), "second", tip.examples().get(1),
                "number", all.size() - unseen.size() + 1, "total", all.size())));
        parts.add(new Part.Buttons(List.of(Part.Button.of(say.text("tips.next-button"),
                turn.payload(NEXT, "", turn.services().settings().promptValidity())))));
        turn.reply(parts);
    }

    /**
     * Answers a worried friend in a direct conversation: a question like "how can I help my friend?", or a
     * message the crisis screen found to be worry about someone else (a crisis never gets this far). In a
     * shared space Kindred stays quiet.
     */
    private boolean answerSupporter(Turn turn, String text) {
        boolean worriedAboutSomeone = turn.get(Screening.class)
                .map(screening -> screening.has(Screening.Category.THIRD_PARTY_WORRY)).orElse(false);
        if (turn.place().isSpace() || !worriedAboutSomeone && !supporterQuestion.matches(text)) {
            return false;
        }
        Say say = turn.say();
        StringBuilder list = new StringBuilder();
        for (String id : FOR_SUPPORTERS) {
            Tip tip = Tip.read(say, id);
            if (list.length() > 0) {
                list.append('\n');
            }
            list.append(say.text("tips.supporter.item", "title", tip.title(), "example", tip.examples().get(0)));
        }
        turn.reply(new Part.Text(say.text("tips.supporter.intro")), new Part.Text(list.toString()),
                new Part.Text(say.text("tips.supporter.more")));
        return true;
    }
}
