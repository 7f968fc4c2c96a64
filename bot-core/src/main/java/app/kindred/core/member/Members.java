package app.kindred.core.member;

import app.kindred.core.store.MemberData;

import java.util.Map;
import java.util.Optional;

/** Storage port for member profiles. */
public interface Members extends MemberData {

    Optional<MemberProfile> find(MemberId id);

    void save(MemberProfile profile);

    void delete(MemberId id);

    @Override
    default String section() {
        return "profile";
    }

    @Override
    default Object export(MemberId member) {
        return find(member).<Object>map(MemberProfile::exportView).orElse(Map.of());
    }
}
