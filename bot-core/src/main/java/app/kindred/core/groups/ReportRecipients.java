package app.kindred.core.groups;

import app.kindred.core.contract.Address;
import app.kindred.core.contract.Platform;

import java.util.List;

/**
 * Where reports about group messages go in a community: its safety contacts (moderators, mental-health
 * first aiders). Empty when the community named nobody. Kindred uses the crisis feature's safety
 * contacts unless the app names other recipients for reports.
 */
@FunctionalInterface
public interface ReportRecipients {

    List<Address.Direct> safetyContacts(Platform platform, String community);

    static ReportRecipients none() {
        return (platform, community) -> List.of();
    }

    /** These recipients, or where a community names none here, the other's. */
    default ReportRecipients orElse(ReportRecipients fallback) {
        return (platform, community) -> {
            List<Address.Direct> named = safetyContacts(platform, community);
            return named.isEmpty() ? fallback.safetyContacts(platform, community) : named;
        };
    }
}
