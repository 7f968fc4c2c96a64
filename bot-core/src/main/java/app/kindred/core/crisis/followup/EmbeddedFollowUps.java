package app.kindred.core.crisis.followup;

import app.kindred.core.member.MemberId;
import app.kindred.core.store.EmbeddedStore;
import org.h2.mvstore.MVMap;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Follow-ups in the embedded store, one small record per member ("due|language|sealed address"). A
 * claim is a compare-and-remove, so a follow-up is sent once. Export shows when and in which language;
 * forget deletes it.
 */
public final class EmbeddedFollowUps implements FollowUps {

    private final MVMap<String, String> byMember;

    public EmbeddedFollowUps(EmbeddedStore store) {
        this.byMember = store.map("crisis-follow-ups");
    }

    @Override
    public void schedule(FollowUp followUp) {
        byMember.put(followUp.member().value(), StoredFollowUp.encode(followUp));
    }

    @Override
    public Optional<FollowUp> find(MemberId member) {
        return Optional.ofNullable(byMember.get(member.value())).map(record -> StoredFollowUp.decode(member, record));
    }

    @Override
    public List<FollowUp> claimDue(Instant now, int limit) {
        List<FollowUp> claimed = new ArrayList<>();
        for (Map.Entry<String, String> entry : byMember.entrySet()) {
            if (claimed.size() >= limit) {
                break;
            }
            FollowUp followUp = StoredFollowUp.decode(new MemberId(entry.getKey()), entry.getValue());
            if (!followUp.due().isAfter(now) && byMember.remove(entry.getKey(), entry.getValue())) {
                claimed.add(followUp);
            }
        }
        return claimed;
    }

    @Override
    public void forget(MemberId member) {
        byMember.remove(member.value());
    }
}
