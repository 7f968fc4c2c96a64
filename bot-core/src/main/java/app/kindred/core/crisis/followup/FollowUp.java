package app.kindred.core.crisis.followup;

import app.kindred.core.member.MemberId;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A gentle check-in the member asked for after a crisis reply: when, where (the sealed address), and in
 * which language. Nothing about what they wrote.
 *
 * @param sealedAddress the member's address, sealed by the address vault for this member
 */
public record FollowUp(MemberId member, Instant due, byte[] sealedAddress, String language) {

    /** "Tomorrow" is read as the member lives it: after a night's sleep, in the morning of their own zone. */
    private static final LocalTime MORNING = LocalTime.of(10, 0);
    /** A follow-up asked for at 2 a.m. comes that same morning, one asked for at 9 a.m. the next day. */
    private static final Duration AT_LEAST_AFTER = Duration.ofHours(8);

    public FollowUp {
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(sealedAddress, "sealedAddress");
        Objects.requireNonNull(language, "language");
    }

    /** When "check in with me tomorrow", pressed at {@code pressed}, is kept: the first 10:00 in the member's zone at least eight hours away. */
    public static Instant dueAfter(Instant pressed, ZoneId zone) {
        ZonedDateTime earliest = pressed.plus(AT_LEAST_AFTER).atZone(zone);
        ZonedDateTime morning = earliest.toLocalDate().atTime(MORNING).atZone(zone);
        return (morning.isBefore(earliest) ? morning.plusDays(1) : morning).toInstant();
    }

    /** The follow-up as the member reads it in their export, the same from every store. */
    public Map<String, Object> exportView() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("due", due.toString());
        out.put("language", language);
        out.put("address", "encrypted; used only to send you the check-in you asked for");
        return out;
    }
}
