package app.kindred.core.member;

import java.util.Optional;

/** Storage port for member profiles. */
public interface Members {

    Optional<MemberProfile> find(MemberId id);

    void save(MemberProfile profile);

    void delete(MemberId id);
}
