package app.kindred.core.groups;

import app.kindred.core.conversation.Turn;
import app.kindred.core.member.MemberProfile;
import app.kindred.core.prompts.Say;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What may hold an invitation back, said when a member joins a waitlist: no time zone, paused, or at the cap. */
public final class WaitlistNotes {

    private WaitlistNotes() {
    }

    public static List<String> on(Turn turn, GroupKit kit) {
        Say say = turn.say();
        List<String> notes = new ArrayList<>();
        Optional<MemberProfile> profile = turn.profile();
        if (profile.flatMap(MemberProfile::zone).isEmpty()) {
            notes.add(say.text("groups.join.no-zone"));
        }
        if (profile.map(MemberProfile::paused).orElse(false)) {
            notes.add(say.text("groups.join.paused"));
        }
        int active = kit.members().get(turn.member()).active().size();
        if (active >= kit.settings().maxActive()) {
            notes.add(say.text("groups.join.at-cap"));
        }
        return notes;
    }
}
