package app.kindred.core.crisis.followup;

import app.kindred.core.contract.Address;
import app.kindred.core.contract.Message;
import app.kindred.core.contract.Outbound;
import app.kindred.core.contract.Part;
import app.kindred.core.conversation.Services;
import app.kindred.core.prompts.Say;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The clock job that sends due follow-ups: "checking in after yesterday", with the same two buttons as
 * the private check ("I'm OK" / "Show me support"), made for that member only.
 */
public final class FollowUpJob {

    private static final int BATCH = 200;
    private static final Duration BUTTONS_VALID_FOR = Duration.ofDays(2);
    private static final System.Logger LOG = System.getLogger(FollowUpJob.class.getName());

    private final FollowUps followUps;
    private final Services services;
    private final String okAction;
    private final String supportAction;

    /**
     * @param okAction      the action of the "I'm OK" button
     * @param supportAction the action of the "Show me support" button
     */
    public FollowUpJob(FollowUps followUps, Services services, String okAction, String supportAction) {
        this.followUps = followUps;
        this.services = services;
        this.okAction = okAction;
        this.supportAction = supportAction;
    }

    public List<Outbound> run(Instant now) {
        List<Outbound> out = new ArrayList<>();
        for (FollowUp followUp : followUps.claimDue(now, BATCH)) {
            Address.Direct to;
            try {
                to = services.vault().open(followUp.member(), followUp.sealedAddress());
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "a follow-up address of member {0} could not be opened", followUp.member());
                continue;
            }
            Say say = new Say(services.prompts(), followUp.language());
            Instant expires = now.plus(BUTTONS_VALID_FOR);
            List<Part> parts = List.of(new Part.Text(say.text("crisis.follow-up")), new Part.Buttons(List.of(
                    Part.Button.of(say.text("crisis.ok-button"), services.buttons().sign(okAction, "", followUp.member(), expires)),
                    new Part.Button(say.text("crisis.support-button"),
                            services.buttons().sign(supportAction, "", followUp.member(), expires), Part.Style.PRIMARY))));
            out.add(new Message(to, parts, Message.Urgency.SCHEDULED,
                    "crisis-follow-up:" + followUp.member().value() + ":" + followUp.due().getEpochSecond()));
        }
        return out;
    }
}
