package app.kindred.core.crisis;

import app.kindred.core.conversation.Access;
import app.kindred.core.conversation.Feature;
import app.kindred.core.conversation.Routes;
import app.kindred.core.crisis.escalation.Escalation;
import app.kindred.core.crisis.followup.FollowUpJob;

/**
 * Crisis signposting as a feature: {@code helplines}, the buttons of the crisis replies (I'm OK, Show me
 * support, check in tomorrow, ask a safety contact) and the clock job that sends next-day follow-ups.
 * Everything here is open before consent: nobody has to agree to anything to be helped.
 */
public final class CrisisFeature implements Feature {

    private final CrisisReplies replies;
    private final HelplinesCommand helplines;
    private final FollowUpJob followUps;

    public CrisisFeature(CrisisReplies replies, HelplinesCommand helplines, FollowUpJob followUps) {
        this.replies = replies;
        this.helplines = helplines;
        this.followUps = followUps;
    }

    @Override
    public void register(Routes routes) {
        Escalation escalation = replies.escalation();
        routes.command("helplines", Access.OPEN, helplines::handle)
                // Answering "are you okay?" days late still deserves an answer, and asking for support always gets it.
                .lastingAction(CrisisReplies.OK, Access.OPEN, (turn, value) -> replies.ok(turn))
                .lastingAction(CrisisReplies.SUPPORT, Access.OPEN, (turn, value) -> replies.support(turn))
                .action(CrisisReplies.FOLLOW_UP, Access.OPEN, (turn, value) -> replies.followUp(turn))
                .action(Escalation.ASK, Access.OPEN, escalation::ask)
                .action(Escalation.NO, Access.OPEN, (turn, value) -> escalation.declined(turn))
                .tick(followUps::run);
    }
}
