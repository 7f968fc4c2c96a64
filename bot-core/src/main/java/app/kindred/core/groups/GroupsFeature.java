package app.kindred.core.groups;

import app.kindred.core.contract.Lifecycle;
import app.kindred.core.conversation.Access;
import app.kindred.core.conversation.Feature;
import app.kindred.core.conversation.Routes;
import app.kindred.core.conversation.Turn;

import java.util.function.Predicate;

/**
 * Peer groups: topics and waitlists, the matcher on the clock, invitations only the invitee can answer,
 * private spaces or relay circles, tips, leaving, and reports to safety contacts. Buddy pairs run on
 * the same machinery as groups of two; their own words come from {@link PairingStyle}.
 */
public final class GroupsFeature implements Feature {

    /** The action that leaves a group or buddy pair; its value is the group id. */
    public static final String LEAVE = Endings.LEAVE;
    /** The action that starts a report in a group or buddy pair; its value is the group id. */
    public static final String REPORT = Reports.START;

    private final GroupsMenu menu;
    private final Invitations invitations;
    private final Opening opening;
    private final Endings endings;
    private final RelayCircle relay;
    private final Reports reports;
    private final MatchingJob matching;
    private final GroupClock clock;

    /**
     * @param pairing  what buddy pairs get that groups do not
     * @param heldBack true for a turn that must never be relayed: the crisis screen marked it as crisis
     */
    public GroupsFeature(GroupKit kit, PairingStyle pairing, Predicate<Turn> heldBack) {
        Reach reach = new Reach(kit.services());
        Topics topics = new Topics(kit.settings(), kit.services().prompts());
        GroupTips tips = new GroupTips();
        this.matching = new MatchingJob(kit, reach);
        this.opening = new Opening(kit, reach, topics, tips, pairing);
        this.invitations = new Invitations(kit, reach, topics, opening, matching);
        this.matching.inviteWith(invitations);
        this.endings = new Endings(kit, reach, topics, invitations);
        this.relay = new RelayCircle(kit, reach, topics, heldBack);
        this.reports = new Reports(kit, reach, topics);
        this.menu = new GroupsMenu(kit, topics, relay);
        this.clock = new GroupClock(kit, reach, invitations, opening, endings, tips, pairing);
    }

    @Override
    public void register(Routes routes) {
        routes.command("groups", Access.CONSENTED, menu::command)
                .action(GroupsMenu.JOIN, Access.CONSENTED, menu::join)
                .action(GroupsMenu.UNWAIT, Access.CONSENTED, menu::unwait)
                .action(GroupsMenu.VOLUNTEER, Access.CONSENTED, (turn, v) -> menu.volunteer(turn, true))
                .action(GroupsMenu.STEP_DOWN, Access.CONSENTED, (turn, v) -> menu.volunteer(turn, false))
                .action(Invitations.ACCEPT, Access.CONSENTED, invitations::accept)
                .action(Invitations.DECLINE, Access.CONSENTED, invitations::decline)
                .action(Endings.LEAVE, Access.CONSENTED, endings::leave)
                .action(Endings.AVOID, Access.CONSENTED, endings::avoid)
                .action(RelayCircle.TALK, Access.CONSENTED, relay::talkIn)
                .action(Reports.START, Access.CONSENTED, reports::start)
                .action(Reports.WHO, Access.CONSENTED, reports::who)
                .action(Reports.WHY, Access.CONSENTED, reports::why)
                .text(relay::relay)
                // Expiries first, so members returned to the front are matched in the same tick.
                .tick(clock::run)
                .tick(matching::run)
                .lifecycle(Lifecycle.SpaceOpened.class, opening::spaceOpened)
                .lifecycle(Lifecycle.SpaceNotOpened.class, opening::spaceNotOpened);
    }
}
