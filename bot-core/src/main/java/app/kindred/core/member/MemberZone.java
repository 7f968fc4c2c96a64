package app.kindred.core.member;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** A member's time zone as Java knows it; a zone id that no longer parses counts as unknown. */
public final class MemberZone {

    /** Region zone ids by their folded spelling, so "europe/paris" and "America/New York" are found. */
    private static final Map<String, String> REGIONS = regions();

    private MemberZone() {
    }

    public static Optional<ZoneId> of(MemberProfile profile) {
        return profile.zone().flatMap(MemberZone::parse);
    }

    /**
     * A region zone such as Europe/Paris, or UTC, however it is capitalised and with spaces for underscores;
     * offsets and abbreviations ("CET", "+02:00") are refused.
     */
    public static Optional<ZoneId> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String id = REGIONS.get(fold(value));
        return id == null ? Optional.empty() : Optional.of(ZoneId.of(id));
    }

    private static String fold(String value) {
        return value.strip().replaceAll("\\s+", "_").toLowerCase(Locale.ROOT);
    }

    private static Map<String, String> regions() {
        Map<String, String> regions = new HashMap<>();
        for (String id : ZoneId.getAvailableZoneIds()) {
            if (id.contains("/")) {
                regions.put(fold(id), id);
            }
        }
        regions.put("utc", "UTC");
        return Map.copyOf(regions);
    }
}
