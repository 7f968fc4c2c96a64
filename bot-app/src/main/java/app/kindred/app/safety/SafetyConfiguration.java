package app.kindred.app.safety;

import app.kindred.app.config.BadSettingException;
import app.kindred.core.contract.Address;
import app.kindred.core.contract.Platform;
import app.kindred.core.crisis.escalation.CommunitySafety;
import app.kindred.core.crisis.escalation.SafetyContact;
import app.kindred.core.crisis.escalation.SafetyContacts;
import app.kindred.core.groups.ReportRecipients;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns {@code kindred.safety.*} into the core's safety contacts: crisis escalation and group reports
 * both reach the people a community named. A bad entry stops the start with one sentence naming it.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SafetySettings.class)
class SafetyConfiguration {

    @Bean
    SafetyContacts safetyContacts(SafetySettings settings) {
        Map<SafetyContacts.Community, CommunitySafety> byCommunity = new LinkedHashMap<>();
        List<SafetySettings.Community> communities = settings.communities();
        for (int i = 0; i < communities.size(); i++) {
            SafetySettings.Community entry = communities.get(i);
            String key = "kindred.safety.communities[" + i + "]";
            Platform platform = platform(key + ".platform", entry.platform());
            String community = required(key + ".community", entry.community(), "the workspace, server or community id");
            List<SafetyContact> contacts = new ArrayList<>();
            for (int j = 0; j < entry.contacts().size(); j++) {
                SafetySettings.Contact contact = entry.contacts().get(j);
                String contactKey = key + ".contacts[" + j + "]";
                String name = required(contactKey + ".name", contact.name(), "a name members can read, like 'Sam (first aider)'");
                String userId = required(contactKey + ".user-id", contact.userId(), "the contact's user id on " + entry.platform());
                contacts.add(new SafetyContact(name, new Address.Direct(platform, community, userId, contact.conversationId()),
                        contact.language()));
            }
            byCommunity.put(new SafetyContacts.Community(platform, community),
                    new CommunitySafety(contacts, policy(key + ".policy", entry.policy())));
        }
        return SafetyContacts.of(byCommunity);
    }

    /** Group reports go to the same people. */
    @Bean
    ReportRecipients reportRecipients(SafetyContacts safety) {
        return safety::addresses;
    }

    private static Platform platform(String key, String value) {
        String wanted = required(key, value, "one of telegram, slack, discord, web");
        try {
            return Platform.valueOf(wanted.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadSettingException(key, key + " is '" + value + "', which is not a platform: use one of telegram, slack, discord, web.");
        }
    }

    private static CommunitySafety.Policy policy(String key, String value) {
        if (value == null || value.isBlank() || value.strip().equalsIgnoreCase("consent-only")) {
            return CommunitySafety.Policy.CONSENT_ONLY;
        }
        if (value.strip().equalsIgnoreCase("notify-on-imminent-risk")) {
            return CommunitySafety.Policy.NOTIFY_ON_IMMINENT_RISK;
        }
        throw new BadSettingException(key, key + " is '" + value + "', which is not a policy: use consent-only (the default) or notify-on-imminent-risk.");
    }

    private static String required(String key, String value, String what) {
        if (value == null || value.isBlank()) {
            throw new BadSettingException(key, key + " is empty: put " + what + " there.");
        }
        return value.strip();
    }
}
