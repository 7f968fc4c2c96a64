package app.kindred.core.crisis.escalation;

import java.util.List;
import java.util.Objects;

/**
 * A community's safety contacts and its policy for letting them know.
 *
 * @param contacts the people members may ask to reach out, first the one asked automatically
 * @param policy   whether Kindred may notify a contact without the member's consent on imminent risk
 */
public record CommunitySafety(List<SafetyContact> contacts, Policy policy) {

    /** When a contact hears about a member. */
    public enum Policy {
        /** Only when the member presses "Ask {name}": the default. */
        CONSENT_ONLY,
        /** Also, without asking, when a member seems in danger right now (imminent risk, not a possible joke). */
        NOTIFY_ON_IMMINENT_RISK
    }

    public CommunitySafety {
        contacts = List.copyOf(contacts);
        Objects.requireNonNull(policy, "policy");
    }

    public static CommunitySafety withConsent(List<SafetyContact> contacts) {
        return new CommunitySafety(contacts, Policy.CONSENT_ONLY);
    }
}
