package app.kindred.core.store;

import app.kindred.core.member.MemberId;

import java.util.Map;

/**
 * Extended by every storage port that holds anything about a member, so {@code export} can show all
 * of it and {@code forget} can delete all of it without a list to keep in sync by hand. A port says
 * its section and builds its view from its own reads, once for every store; the stores only read,
 * write and delete.
 */
public interface MemberData {

    /** The section name in the export document, e.g. "moods". */
    String section();

    /** Everything this port holds about the member, as JSON-ready maps, lists, strings and numbers. */
    Object export(MemberId member);

    /** Deletes everything this port holds about the member, at once. */
    void forget(MemberId member);

    /** Convenience for ports that hold one record per member. */
    static Map<String, Object> none() {
        return Map.of();
    }
}
