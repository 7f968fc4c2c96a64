package app.kindred.core.privacy;

import app.kindred.core.contract.Part;
import app.kindred.core.conversation.Access;
import app.kindred.core.conversation.Feature;
import app.kindred.core.conversation.Routes;
import app.kindred.core.conversation.Turn;
import app.kindred.core.crisis.RecentSignals;
import app.kindred.core.store.MemberData;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code privacy} explains what is kept, {@code export} hands over all of it as JSON, {@code forget}
 * deletes all of it at once after one confirming press. All three work without consent.
 */
public final class PrivacyFeature implements Feature {

    static final String FORGET = "pv.forget";
    private static final Duration CONFIRM_WITHIN = Duration.ofMinutes(30);

    private final List<MemberData> holders;
    private final Runnable flush;

    /**
     * @param holders every port that keeps member data
     * @param flush   makes the deletions durable and sees that no old copy of them stays on disk
     */
    public PrivacyFeature(List<MemberData> holders, Runnable flush) {
        this.holders = List.copyOf(holders);
        this.flush = flush;
    }

    @Override
    public void register(Routes routes) {
        routes.command("privacy", Access.OPEN, (turn, args) -> turn.replyText("privacy.explained",
                        "retentionDays", turn.services().settings().moodRetention().toDays(),
                        "signalDays", RecentSignals.KEPT_FOR.toDays()))
                .command("export", Access.OPEN, (turn, args) -> export(turn))
                .command("forget", Access.OPEN, (turn, args) -> askToForget(turn))
                .action(FORGET, Access.OPEN, (turn, value) -> forget(turn));
    }

    /** Everything held about the member, section by section. */
    public Map<String, Object> collect(app.kindred.core.member.MemberId member) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("memberId", member.value());
        for (MemberData holder : holders) {
            document.put(holder.section(), holder.export(member));
        }
        return document;
    }

    private void export(Turn turn) {
        if (turn.profile().isEmpty()) {
            turn.replyText("privacy.nothing-held");
            return;
        }
        Map<String, Object> document = collect(turn.member());
        document.put("exportedAt", turn.now().toString());
        byte[] json = Json.write(document).getBytes(StandardCharsets.UTF_8);
        turn.reply(new Part.Document(json, "kindred-export.json", "application/json",
                turn.say().text("privacy.export-caption")));
    }

    private void askToForget(Turn turn) {
        turn.reply(new Part.Text(turn.say().text("privacy.forget-confirm")),
                new Part.Buttons(List.of(new Part.Button(turn.say().text("privacy.forget-button"),
                        turn.payload(FORGET, "", CONFIRM_WITHIN), Part.Style.DANGER))));
    }

    private void forget(Turn turn) {
        for (MemberData holder : holders) {
            holder.forget(turn.member());
        }
        flush.run();
        turn.profileForgotten();
        turn.replyText("privacy.forgotten");
    }
}
