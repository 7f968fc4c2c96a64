package app.kindred.core.groups;

import app.kindred.core.conversation.Services;
import app.kindred.core.crisis.RecentSignals;

/**
 * What the group and buddy features share: their settings, storage ports and the core's services.
 *
 * @param contacts where reports go: the community's safety contacts
 */
public record GroupKit(GroupSettings settings, Services services, Waitlists waitlists, GroupRecords records,
                       GroupMembers members, RecentSignals signals, ReportRecipients contacts) {
}
