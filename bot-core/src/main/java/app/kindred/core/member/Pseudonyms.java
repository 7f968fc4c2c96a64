package app.kindred.core.member;

import app.kindred.core.contract.Address;
import app.kindred.core.contract.Platform;
import app.kindred.core.contract.Sender;

import javax.crypto.Mac;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.concurrent.ConcurrentHashMap;

/** Turns a platform identity into a {@link MemberId} with a keyed HMAC-SHA256. */
public final class Pseudonyms {

    private static final int ID_BYTES = 16;
    /**
     * Every event asks for its sender's id, and the HMAC costs more than a lookup: the ids of recent
     * senders are kept (they hold nothing a restart could not recompute). A full cache is simply emptied.
     */
    private static final int RECENT_SENDERS = 50_000;
    private final KeyedHmac hmac;
    private final ConcurrentHashMap<String, MemberId> recent = new ConcurrentHashMap<>();

    public Pseudonyms(byte[] key) {
        this.hmac = new KeyedHmac(key, "the pseudonym key");
    }

    public MemberId of(Sender sender) {
        return of(sender.platform(), sender.community(), sender.userId());
    }

    public MemberId of(Platform platform, String community, String userId) {
        // Length-prefixed like the HMAC's input, so no two identities share a key.
        String identity = platform.code() + '|' + community.length() + '|' + community + userId;
        MemberId known = recent.get(identity);
        if (known != null) {
            return known;
        }
        MemberId id = compute(platform, community, userId);
        if (recent.size() >= RECENT_SENDERS) {
            recent.clear();
        }
        recent.put(identity, id);
        return id;
    }

    /**
     * The pseudonymous id of an address, for log lines: a member's own id, or a space's keyed hash. Every
     * adapter logs with it, so one member or one space carries the same id in every platform's lines.
     */
    public String logId(Address address) {
        if (address instanceof Address.Direct direct) {
            return of(direct.platform(), direct.community(), direct.userId()).value();
        }
        Address.Space space = (Address.Space) address;
        // The "space:" prefix keeps a space's hash apart from a member's whose user id is the space's id.
        return "space-" + of(space.platform(), space.community(), "space:" + space.spaceId()).value();
    }

    private MemberId compute(Platform platform, String community, String userId) {
        Mac mac = hmac.mac();
        // Length-prefixed fields, so ("a", "bc") and ("ab", "c") never collide.
        for (String field : new String[] {platform.code(), community, userId}) {
            byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
            mac.update((byte) (bytes.length >>> 8));
            mac.update((byte) bytes.length);
            mac.update(bytes);
        }
        // doFinal leaves the Mac keyed and reset, ready for the next id.
        byte[] digest = Arrays.copyOf(mac.doFinal(), ID_BYTES);
        return new MemberId(Base64.getUrlEncoder().withoutPadding().encodeToString(digest));
    }
}
