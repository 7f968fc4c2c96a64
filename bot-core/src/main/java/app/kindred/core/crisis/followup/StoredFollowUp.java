package app.kindred.core.crisis.followup;

import app.kindred.core.member.MemberId;

import java.time.Instant;
import java.util.Base64;

/**
 * The one line a follow-up is kept as, in the embedded store and on Redis alike: the due time in epoch
 * seconds, the language and the sealed address in base64, joined by '|' (which neither a language code
 * nor base64 contains). Both stores read back what this writes, so it changes only with a new Redis key
 * layout.
 */
public final class StoredFollowUp {

    private StoredFollowUp() {
    }

    public static String encode(FollowUp followUp) {
        return followUp.due().getEpochSecond() + "|" + followUp.language() + "|"
                + Base64.getEncoder().encodeToString(followUp.sealedAddress());
    }

    public static FollowUp decode(MemberId member, String line) {
        String[] fields = line.split("\\|", 3);
        return new FollowUp(member, Instant.ofEpochSecond(Long.parseLong(fields[0])),
                Base64.getDecoder().decode(fields[2]), fields[1]);
    }
}
