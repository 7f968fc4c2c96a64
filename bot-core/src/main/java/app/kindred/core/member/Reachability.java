package app.kindred.core.member;

import app.kindred.core.contract.Lifecycle;
import app.kindred.core.contract.Outbound;
import app.kindred.core.conversation.Feature;
import app.kindred.core.conversation.Middleware;
import app.kindred.core.conversation.Routes;
import app.kindred.core.conversation.Turn;
import app.kindred.core.store.StoreUnavailableException;

import java.time.Instant;
import java.util.List;

/**
 * Keeps track of members the platform says cannot be reached (they blocked Kindred or left): their
 * profile is marked unreachable, so nothing is scheduled for them, and unmarked as soon as they write or
 * press something again. A stranger without a profile leaves nothing behind.
 */
public final class Reachability implements Feature, Middleware {

    private static final System.Logger LOG = System.getLogger(Reachability.class.getName());

    private final Pseudonyms pseudonyms;
    private final Members members;

    public Reachability(Pseudonyms pseudonyms, Members members) {
        this.pseudonyms = pseudonyms;
        this.members = members;
    }

    @Override
    public void register(Routes routes) {
        routes.lifecycle(Lifecycle.MemberUnreachable.class, this::markUnreachable);
    }

    private List<Outbound> markUnreachable(Lifecycle.MemberUnreachable event, Instant now) {
        MemberId member = pseudonyms.of(event.platform(), event.community(), event.userId());
        members.find(member).filter(profile -> !profile.unreachable()).ifPresent(profile -> {
            members.save(profile.withUnreachable(true));
            LOG.log(System.Logger.Level.INFO, "member {0} is unreachable; nothing more is scheduled for them", member);
        });
        return List.of();
    }

    /** A member who writes again has unblocked Kindred. */
    @Override
    public void handle(Turn turn, Chain next) {
        try {
            turn.profile().filter(MemberProfile::unreachable).ifPresent(profile -> {
                MemberProfile back = profile.withUnreachable(false);
                members.save(back);
                turn.profileChanged(back);
                LOG.log(System.Logger.Level.INFO, "member {0} is reachable again", turn.member());
            });
        } catch (StoreUnavailableException e) {
            // Not knowing is fine here: the next event tries again, and this one must still be answered.
        }
        next.proceed(turn);
    }
}
