package app.kindred.core.crisis;

import app.kindred.core.contract.Part;
import app.kindred.core.conversation.Turn;
import app.kindred.core.crisis.escalation.Escalation;
import app.kindred.core.crisis.followup.FollowUp;
import app.kindred.core.crisis.followup.FollowUps;
import app.kindred.core.crisis.screening.Screening;
import app.kindred.core.member.MemberProfile;
import app.kindred.core.member.MemberZone;
import app.kindred.core.prompts.Say;
import app.kindred.core.prompts.Template;

import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything Kindred says when someone may be in danger, always privately and ahead of anything else:
 * the crisis reply (for the writer, for someone worried about another person, for abuse, for harm to
 * others), the one-tap check for ambiguous messages, and the answers to its buttons. Storage is touched
 * only after the reply is built, and a storage failure is logged with the member id and never shown.
 */
public final class CrisisReplies {

    public static final String OK = "cr.ok";
    public static final String SUPPORT = "cr.help";
    public static final String FOLLOW_UP = "cr.follow";
    private static final Duration CHECK_VALID_FOR = Duration.ofDays(1);
    private static final Duration FOLLOW_UP_OFFER_VALID_FOR = Duration.ofDays(2);
    /** Within this time of a full reply, another crisis message gets the short reply instead. */
    private static final Duration SHORT_REPLY_WINDOW = Duration.ofMinutes(30);
    private static final System.Logger LOG = System.getLogger(CrisisReplies.class.getName());

    private final Signposting signposting;
    private final RecentSignals recentSignals;
    private final FollowUps followUps;
    private final Escalation escalation;
    private final MemberCooldown fullReplies = new MemberCooldown(SHORT_REPLY_WINDOW);

    public CrisisReplies(Signposting signposting, RecentSignals recentSignals, FollowUps followUps, Escalation escalation) {
        this.signposting = signposting;
        this.recentSignals = recentSignals;
        this.followUps = followUps;
        this.escalation = escalation;
    }

    /** The reply to a clear crisis; the caller stops the chain after it. */
    public void crisis(Turn turn, Screening screening) {
        loadProfileQuietly(turn);
        if (screening.aboutSomeoneElse()) {
            turn.replyUrgently(someoneElse(turn));
            return;
        }
        List<Part> parts;
        if (!fullReplies.claim(turn.member(), turn.now())) {
            parts = shortReply(turn);
        } else if (screening.has(Screening.Category.SUICIDAL) || screening.has(Screening.Category.SELF_HARM)) {
            parts = forTheWriter(turn, turn.say().anyOf("crisis.heard"));
        } else if (screening.has(Screening.Category.ABUSE)) {
            parts = abuse(turn);
        } else if (screening.has(Screening.Category.HARM_TO_OTHERS)) {
            parts = harm(turn);
        } else {
            parts = forTheWriter(turn, turn.say().anyOf("crisis.heard"));
        }
        List<Part> all = new ArrayList<>(escalation.notifyOnImminentRisk(turn, screening));
        all.addAll(parts);
        turn.replyUrgently(all);
        recordSignal(turn);
    }

    /** A private one-tap question for concern or a crisis that may be a joke; the chain goes on after it. */
    public void check(Turn turn) {
        loadProfileQuietly(turn);
        Say say = turn.say();
        turn.replyUrgently(List.of(new Part.Text(say.anyOf("crisis.check")), checkButtons(turn)));
    }

    /** "Show me support" pressed, after a check or a follow-up. */
    public void support(Turn turn) {
        loadProfileQuietly(turn);
        fullReplies.record(turn.member(), turn.now());
        turn.replyUrgently(forTheWriter(turn, turn.say().text("crisis.support-intro")));
        recordSignal(turn);
    }

    public void ok(Turn turn) {
        turn.replyText("crisis.ok-ack");
    }

    /** "Check in with me tomorrow" pressed: scheduled if the store answers; never a promise it cannot keep. */
    public void followUp(Turn turn) {
        try {
            byte[] sealed = turn.services().vault().seal(turn.member(), turn.replyAddress());
            ZoneId zone = turn.profile().flatMap(MemberZone::of).orElse(turn.services().settings().defaultTimeZone());
            followUps.schedule(new FollowUp(turn.member(), FollowUp.dueAfter(turn.now(), zone), sealed, turn.say().language()));
            turn.replyText("crisis.follow-up-set");
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "could not schedule the follow-up of member {0}", turn.member());
            turn.replyText("crisis.follow-up-noted");
        }
    }

    public Escalation escalation() {
        return escalation;
    }

    private List<Part> forTheWriter(Turn turn, String opening) {
        Say say = turn.say();
        List<Part> parts = new ArrayList<>();
        parts.add(new Part.Text(opening + "\n" + say.text("crisis.not-a-service")));
        parts.add(signposting.lines(say, turn.country()));
        parts.addAll(signposting.lineLinks(turn.country()));
        parts.add(signposting.emergency(say, turn.country(), Signposting.Emergency.SELF));
        parts.addAll(signposting.internationalDirectory(say));
        parts.add(new Part.Text(say.text("crisis.door-open")));
        parts.add(followUpButton(turn));
        parts.addAll(escalation.offer(turn));
        return parts;
    }

    private List<Part> abuse(Turn turn) {
        Say say = turn.say();
        List<Part> parts = new ArrayList<>();
        parts.add(new Part.Text(say.text("crisis.abuse.heard") + "\n" + say.text("crisis.abuse.not-a-service")));
        parts.add(signposting.emergency(say, turn.country(), Signposting.Emergency.ABUSE));
        parts.add(signposting.lines(say, turn.country()));
        parts.addAll(signposting.lineLinks(turn.country()));
        parts.addAll(signposting.internationalDirectory(say));
        parts.add(new Part.Text(say.text("crisis.abuse.privacy-tip") + "\n" + say.text("crisis.door-open")));
        parts.add(followUpButton(turn));
        parts.addAll(escalation.offer(turn));
        return parts;
    }

    private List<Part> harm(Turn turn) {
        Say say = turn.say();
        List<Part> parts = new ArrayList<>();
        parts.add(new Part.Text(say.text("crisis.harm.heard") + "\n" + say.text("crisis.harm.not-a-service")));
        parts.add(signposting.lines(say, turn.country()));
        parts.add(signposting.emergency(say, turn.country(), Signposting.Emergency.HARM));
        parts.addAll(signposting.internationalDirectory(say));
        parts.add(new Part.Text(say.text("crisis.door-open")));
        parts.addAll(escalation.offer(turn));
        return parts;
    }

    private List<Part> someoneElse(Turn turn) {
        Say say = turn.say();
        List<Part> parts = new ArrayList<>();
        parts.add(new Part.Text(say.text("crisis.third-party.heard") + "\n" + say.text("crisis.third-party.not-a-service")
                + "\n" + say.text("crisis.third-party.steps")));
        parts.add(signposting.emergency(say, turn.country(), Signposting.Emergency.SOMEONE_ELSE));
        parts.add(new Part.Text(say.text("crisis.third-party.lines-for-you")));
        parts.add(signposting.lines(say, turn.country()));
        parts.addAll(signposting.lineLinks(turn.country()));
        parts.addAll(signposting.internationalDirectory(say));
        parts.add(new Part.Text(say.text("crisis.third-party.self-care")));
        return parts;
    }

    /** The reply to a crisis message soon after a full one: shorter, same warmth, the first line and 999. */
    private List<Part> shortReply(Turn turn) {
        Say say = turn.say();
        String opening = signposting.firstLine(say, turn.country())
                .map(line -> say.text("crisis.again", "name", line[0], "ways", new Template.Markup(line[1])))
                .orElseGet(() -> say.text("crisis.again-no-line"));
        return List.of(new Part.Text(opening),
                signposting.emergency(say, turn.country(), Signposting.Emergency.SELF),
                new Part.Text(say.text("crisis.again-more")));
    }

    private Part.Buttons checkButtons(Turn turn) {
        Say say = turn.say();
        return new Part.Buttons(List.of(
                Part.Button.of(say.text("crisis.ok-button"), turn.payload(OK, "", CHECK_VALID_FOR)),
                new Part.Button(say.text("crisis.support-button"), turn.payload(SUPPORT, "", CHECK_VALID_FOR), Part.Style.PRIMARY)));
    }

    private Part.Buttons followUpButton(Turn turn) {
        return new Part.Buttons(List.of(Part.Button.of(turn.say().text("crisis.follow-up-button"),
                turn.payload(FOLLOW_UP, "", FOLLOW_UP_OFFER_VALID_FOR))));
    }

    /**
     * Reads the profile for the member's country and language; if the store is down or slow to fail,
     * the reply goes on with the platform's hints.
     */
    static void loadProfileQuietly(Turn turn) {
        try {
            turn.profile();
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "could not read the profile of member {0} for a crisis reply", turn.member());
        }
    }

    /** Remembers when a consented member raised a signal, so matching offers support before invitations. */
    private void recordSignal(Turn turn) {
        try {
            if (turn.profileIfLoaded().map(MemberProfile::hasConsented).orElse(false)) {
                recentSignals.record(turn.member(), turn.now());
            }
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "could not record the crisis signal of member {0}", turn.member());
        }
    }
}
