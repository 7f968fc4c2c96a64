package app.kindred.core.groups;

import app.kindred.core.contract.Address;
import app.kindred.core.contract.Platform;

import java.util.List;

/**
 * Port to a community's safety contacts (moderators, mental-health first aiders), as far as reports
 * about group messages need them: where to write. Empty when the community named nobody.
 */
@FunctionalInterface
public interface ReportRecipients {

    List<Address.Direct> safetyContacts(Platform platform, String community);

    static ReportRecipients none() {
        return (platform, community) -> List.of();
    }
}
