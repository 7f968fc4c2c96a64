package app.kindred.core.member;

import app.kindred.core.contract.Platform;
import app.kindred.core.contract.Sender;

import javax.crypto.Mac;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;

/** Turns a platform identity into a {@link MemberId} with a keyed HMAC-SHA256. */
public final class Pseudonyms {

    private static final int ID_BYTES = 16;
    private final KeyedHmac hmac;

    public Pseudonyms(byte[] key) {
        this.hmac = new KeyedHmac(key, "the pseudonym key");
    }

    public MemberId of(Sender sender) {
        return of(sender.platform(), sender.community(), sender.userId());
    }

    public MemberId of(Platform platform, String community, String userId) {
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
