package app.kindred.core;

import app.kindred.core.buddy.BuddyFeature;
import app.kindred.core.buttons.ButtonPayloads;
import app.kindred.core.checkin.CheckinFeature;
import app.kindred.core.checkin.CheckinPorts;
import app.kindred.core.conversation.CoreSettings;
import app.kindred.core.conversation.Kindred;
import app.kindred.core.conversation.Middleware;
import app.kindred.core.conversation.Routes;
import app.kindred.core.conversation.Services;
import app.kindred.core.crisis.CrisisFeature;
import app.kindred.core.crisis.CrisisReplies;
import app.kindred.core.crisis.CrisisScreen;
import app.kindred.core.crisis.HelplineDirectory;
import app.kindred.core.crisis.HelplinesCommand;
import app.kindred.core.crisis.Signposting;
import app.kindred.core.crisis.escalation.Escalation;
import app.kindred.core.crisis.escalation.SafetyContacts;
import app.kindred.core.crisis.followup.FollowUpJob;
import app.kindred.core.crisis.screening.Screener;
import app.kindred.core.crisis.screening.Screening;
import app.kindred.core.groups.GroupKit;
import app.kindred.core.groups.GroupSettings;
import app.kindred.core.groups.GroupsFeature;
import app.kindred.core.groups.ReportRecipients;
import app.kindred.core.member.AddressVault;
import app.kindred.core.member.Pseudonyms;
import app.kindred.core.member.Reachability;
import app.kindred.core.member.Secrets;
import app.kindred.core.middleware.ConsentGate;
import app.kindred.core.middleware.FloodGuard;
import app.kindred.core.middleware.IgnoreBots;
import app.kindred.core.middleware.TextLengthGuard;
import app.kindred.core.mood.MoodFeature;
import app.kindred.core.onboarding.Introduction;
import app.kindred.core.onboarding.OnboardingFeature;
import app.kindred.core.onboarding.Welcome;
import app.kindred.core.privacy.PrivacyFeature;
import app.kindred.core.prompts.Prompts;
import app.kindred.core.store.StorePorts;
import app.kindred.core.tips.TipsFeature;

import java.time.Clock;
import java.util.List;

/** Puts Kindred together: the shared services, every feature, and the middleware chain in its order. */
public final class KindredAssembly {

    private KindredAssembly() {
    }

    /**
     * What the core is built from; the app and the tests fill it.
     *
     * @param groups        how peer groups and buddies behave
     * @param groupContacts where reports about group messages go, when not to the community's safety contacts
     * @param safety        each community's safety contacts and escalation policy, for crisis replies
     */
    public record Parts(CoreSettings settings, Secrets secrets, Clock clock, Prompts prompts,
                        HelplineDirectory helplines, StorePorts store, GroupSettings groups,
                        ReportRecipients groupContacts, SafetyContacts safety) {

        public Parts(CoreSettings settings, Secrets secrets, Clock clock, Prompts prompts,
                     HelplineDirectory helplines, StorePorts store) {
            this(settings, secrets, clock, prompts, helplines, store, GroupSettings.defaults(), ReportRecipients.none(),
                    SafetyContacts.none());
        }

        public Parts withGroups(GroupSettings newGroups, ReportRecipients newContacts) {
            return new Parts(settings, secrets, clock, prompts, helplines, store, newGroups, newContacts, safety);
        }

        public Parts withSafety(SafetyContacts newSafety) {
            return new Parts(settings, secrets, clock, prompts, helplines, store, groups, groupContacts, newSafety);
        }
    }

    public static Kindred assemble(Parts parts) {
        Services services = new Services(parts.settings(), parts.clock(), parts.prompts(), parts.store().members(),
                new Pseudonyms(parts.secrets().pseudonymKey()), new AddressVault(parts.secrets().addressKey()),
                new ButtonPayloads(parts.secrets().buttonKey()));
        Welcome welcome = new Welcome(parts.helplines());

        Routes routes = new Routes();
        Signposting signposting = new Signposting(parts.helplines());
        CrisisReplies crisisReplies = new CrisisReplies(signposting, parts.store().recentSignals(),
                parts.store().followUps(), new Escalation(parts.safety(), parts.settings().defaultLanguage()));
        new CrisisFeature(crisisReplies, new HelplinesCommand(signposting), new FollowUpJob(parts.store().followUps(),
                services, CrisisReplies.OK, CrisisReplies.SUPPORT)).register(routes);
        new OnboardingFeature(welcome, new Introduction(parts.prompts(), parts.settings().defaultLanguage())).register(routes);
        new PrivacyFeature(parts.store().memberData(), parts.store()::flush).register(routes);
        Reachability reachability = new Reachability(services.pseudonyms(), services.members());
        reachability.register(routes);
        GroupKit groupKit = new GroupKit(parts.groups(), services, parts.store().waitlists(),
                parts.store().groupRecords(), parts.store().groupMembers(), parts.store().recentSignals(),
                parts.groupContacts().orElse(parts.safety()::addresses));
        BuddyFeature buddy = new BuddyFeature(groupKit);
        // Before other text listeners: what a member in a relay circle writes is for their circle.
        // Relay circles never pass on a crisis message; the crisis screen stops those before the relay.
        new GroupsFeature(groupKit, buddy, turn -> turn.get(Screening.class).map(Screening::isCrisis).orElse(false))
                .register(routes);
        buddy.register(routes);
        new CheckinFeature(services, CheckinPorts.from(parts.store())).register(routes);
        new MoodFeature(parts.store().moodHistory(), parts.settings().moodRetention()).register(routes);
        new TipsFeature(parts.store().tipProgress(), parts.prompts()).register(routes);

        CrisisScreen crisisScreen = new CrisisScreen(Screener.bundled(), crisisReplies,
                name -> routes.command(name).isPresent());
        // The order every member event passes through, top to bottom.
        List<Middleware> chain = List.of(
                new IgnoreBots(),
                new FloodGuard(parts.settings().floodLimit(), parts.settings().floodWindow(), crisisScreen::mayBeCrisis),
                // Before length and consent: someone in danger is answered whatever else is true.
                crisisScreen,
                new TextLengthGuard(parts.settings().maxTextLength()),
                new ConsentGate(routes, welcome),
                reachability);
        return new Kindred(services, routes, chain, parts.store()::beginTurn);
    }
}
