package app.kindred.app.safety;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.List;

/**
 * The safety contacts each community names (moderators, mental-health first aiders), as configured:
 * <pre>
 * kindred.safety.communities[0].platform=slack
 * kindred.safety.communities[0].community=T0123
 * kindred.safety.communities[0].policy=consent-only        # or notify-on-imminent-risk
 * kindred.safety.communities[0].contacts[0].name=Sam (mental-health first aider)
 * kindred.safety.communities[0].contacts[0].user-id=U0456
 * </pre>
 */
@ConfigurationProperties("kindred.safety")
record SafetySettings(List<Community> communities) {

    SafetySettings {
        communities = communities == null ? List.of() : List.copyOf(communities);
    }

    /** One community and the people it named. */
    record Community(String platform, String community, String policy, List<Contact> contacts) {
        Community {
            contacts = contacts == null ? List.of() : List.copyOf(contacts);
        }
    }

    /**
     * One safety contact.
     *
     * @param conversationId their direct conversation with Kindred, when the platform needs one (Telegram)
     * @param language       the language Kindred writes to them in, when not the community default
     */
    record Contact(String name, String userId, String conversationId, String language) {
    }
}
