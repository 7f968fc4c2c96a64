package app.kindred.core.member;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Optional;

/** A member's time zone as Java knows it; a zone id that no longer parses counts as unknown. */
public final class MemberZone {

    private MemberZone() {
    }

    public static Optional<ZoneId> of(MemberProfile profile) {
        return profile.zone().flatMap(MemberZone::parse);
    }

    /** A region zone such as Europe/Paris, or UTC; offsets and abbreviations ("CET") are refused. */
    public static Optional<ZoneId> parse(String value) {
        if (value == null || value.isBlank() || !value.contains("/") && !value.equals("UTC")) {
            return Optional.empty();
        }
        try {
            return Optional.of(ZoneId.of(value.strip()));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
