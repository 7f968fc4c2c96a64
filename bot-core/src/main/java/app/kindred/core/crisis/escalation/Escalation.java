package app.kindred.core.crisis.escalation;

import app.kindred.core.contract.Message;
import app.kindred.core.contract.Part;
import app.kindred.core.conversation.Turn;
import app.kindred.core.crisis.MemberCooldown;
import app.kindred.core.crisis.screening.Screening;
import app.kindred.core.prompts.Say;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Letting a community's safety contact know that a member would like someone to reach out: offered
 * with the crisis reply, done only when the member presses "Ask {name}", or, where the community's
 * policy allows, without asking when a member seems in danger right now. A contact hears who and where,
 * that the member asked (or that policy did), never what they wrote and never a diagnosis, plus a note
 * on looking after themselves.
 */
public final class Escalation {

    public static final String ASK = "cr.ask";
    public static final String NO = "cr.noask";
    private static final Duration OFFER_VALID_FOR = Duration.ofDays(1);
    private static final int MAX_OFFERED = 3;

    private final SafetyContacts contacts;
    private final String defaultLanguage;
    private final MemberCooldown policyNotices = new MemberCooldown(Duration.ofHours(6));

    public Escalation(SafetyContacts contacts, String defaultLanguage) {
        this.contacts = contacts;
        this.defaultLanguage = defaultLanguage;
    }

    /** The offer to ask a contact, when the member's community named any; empty otherwise. */
    public List<Part> offer(Turn turn) {
        Optional<CommunitySafety> safety = contacts.forCommunity(turn.sender().platform(), turn.sender().community());
        if (safety.isEmpty()) {
            return List.of();
        }
        Say say = turn.say();
        List<SafetyContact> offered = safety.get().contacts().subList(0, Math.min(MAX_OFFERED, safety.get().contacts().size()));
        List<Part.Button> buttons = new ArrayList<>();
        for (int k = 0; k < offered.size(); k++) {
            buttons.add(Part.Button.of(say.text("crisis.escalation.ask-button", "name", offered.get(k).name()),
                    turn.payload(ASK, Integer.toString(k), OFFER_VALID_FOR)));
        }
        buttons.add(Part.Button.of(say.text("crisis.escalation.no-button"), turn.payload(NO, "", OFFER_VALID_FOR)));
        String names = String.join(", ", offered.stream().map(SafetyContact::name).toList());
        return List.of(new Part.Text(say.text("crisis.escalation.offer", "names", names)), new Part.Buttons(buttons));
    }

    /** The member pressed "Ask {name}": the contact is told, and so is the member. */
    public void ask(Turn turn, String value) {
        Optional<SafetyContact> contact = contact(turn, value);
        if (contact.isEmpty()) {
            turn.replyText("crisis.escalation.not-sent");
            return;
        }
        turn.send(notice(turn, contact.get(), true));
        turn.replyText("crisis.escalation.sent", "name", contact.get().name());
    }

    public void declined(Turn turn) {
        turn.replyText("crisis.escalation.declined");
    }

    /**
     * Where the community's policy allows it and the member seems in danger right now, lets the first
     * contact know without asking, at most once in six hours, and tells the member plainly.
     *
     * @return the parts telling the member, or empty when nobody was notified
     */
    public List<Part> notifyOnImminentRisk(Turn turn, Screening screening) {
        if (!screening.isClearCrisis() || screening.aboutSomeoneElse() || !screening.has(Screening.Category.IMMINENT)) {
            return List.of();
        }
        Optional<CommunitySafety> safety = contacts.forCommunity(turn.sender().platform(), turn.sender().community())
                .filter(s -> s.policy() == CommunitySafety.Policy.NOTIFY_ON_IMMINENT_RISK);
        if (safety.isEmpty() || !policyNotices.claim(turn.member(), turn.now())) {
            return List.of();
        }
        SafetyContact first = safety.get().contacts().get(0);
        turn.send(notice(turn, first, false));
        return List.of(new Part.Text(turn.say().text("crisis.escalation.policy-sent", "name", first.name())));
    }

    private Optional<SafetyContact> contact(Turn turn, String value) {
        if (!value.matches("[0-9]{1,2}")) {
            return Optional.empty();
        }
        int index = Integer.parseInt(value);
        return contacts.forCommunity(turn.sender().platform(), turn.sender().community())
                .map(CommunitySafety::contacts)
                .filter(list -> index < list.size() && index < MAX_OFFERED)
                .map(list -> list.get(index));
    }

    private Message notice(Turn turn, SafetyContact contact, boolean askedFor) {
        Say say = new Say(turn.services().prompts(), contact.language() == null ? defaultLanguage : contact.language());
        String member = turn.sender().displayName().isBlank() ? say.text("crisis.escalation.someone") : turn.sender().displayName();
        String platform = turn.sender().platform().name().charAt(0)
                + turn.sender().platform().name().substring(1).toLowerCase(Locale.ROOT);
        String where = say.text("crisis.escalation.where", "platform", platform, "community", turn.sender().community());
        List<Part> parts = new ArrayList<>();
        parts.add(new Part.Text(say.text(askedFor ? "crisis.escalation.notice" : "crisis.escalation.notice-policy",
                "member", member, "where", where)));
        parts.add(new Part.Text(say.text("crisis.escalation.notice-user-id", "userId", turn.sender().userId())));
        MemberLinks.profileLink(turn.sender().platform(), turn.sender().userId())
                .ifPresent(link -> parts.add(new Part.Link(say.text("crisis.escalation.notice-link", "member", member), link)));
        parts.add(new Part.Text(say.text("crisis.escalation.notice-care")));
        return new Message(contact.address(), parts, Message.Urgency.CRISIS, "");
    }
}
