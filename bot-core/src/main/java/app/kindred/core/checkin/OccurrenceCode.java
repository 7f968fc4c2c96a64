package app.kindred.core.checkin;

import java.time.Instant;
import java.util.OptionalLong;

/**
 * A check-in occurrence (its minute since the epoch) written short for button payloads, in base 36; a
 * payload is untrusted, so decoding checks the range.
 */
final class OccurrenceCode {

    private static final long LATEST = Instant.parse("2200-01-01T00:00:00Z").getEpochSecond() / 60;

    private OccurrenceCode() {
    }

    static long minuteOf(Instant instant) {
        return Math.floorDiv(instant.getEpochSecond(), 60);
    }

    static String encode(long minute) {
        return Long.toString(minute, 36);
    }

    static OptionalLong decode(String code) {
        if (code.isEmpty() || code.length() > 8) {
            return OptionalLong.empty();
        }
        try {
            long minute = Long.parseLong(code, 36);
            return minute > 0 && minute < LATEST ? OptionalLong.of(minute) : OptionalLong.empty();
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }
}
