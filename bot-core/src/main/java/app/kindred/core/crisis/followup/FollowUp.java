package app.kindred.core.crisis.followup;

import app.kindred.core.member.MemberId;

import java.time.Instant;
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

    public FollowUp {
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(sealedAddress, "sealedAddress");
        Objects.requireNonNull(language, "language");
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
