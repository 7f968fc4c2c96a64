package app.kindred.core.groups;

import app.kindred.core.conversation.Services;
import app.kindred.core.crisis.RecentSignals;

/**
 * What the group and buddy features share: their settings, storage ports and the core's services.
 *
 * @param contacts where reports go: the community's safety contacts
 * @param changes  waitlists to look at on the next tick
 */
public record GroupKit(GroupSettings settings, Services services, Waitlists waitlists, GroupRecords records,
                       GroupMembers members, RecentSignals signals, ReportRecipients contacts, ChangedTopics changes) {

    public GroupKit(GroupSettings settings, Services services, Waitlists waitlists, GroupRecords records,
                    GroupMembers members, RecentSignals signals, ReportRecipients contacts) {
        this(settings, services, waitlists, records, members, signals, contacts, new ChangedTopics());
    }
}
