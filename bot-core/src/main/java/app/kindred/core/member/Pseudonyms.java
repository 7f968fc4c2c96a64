package app.kindred.core.member;

import app.kindred.core.contract.Platform;
import app.kindred.core.contract.Sender;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Base64;

/** Turns a platform identity into a {@link MemberId} with a keyed HMAC-SHA256. */
public final class Pseudonyms {

    private static final int ID_BYTES = 16;
    private final SecretKeySpec key;
    /** A keyed Mac per thread: looking up the provider and keying it cost more than the HMAC itself. */
    private final ThreadLocal<Mac> macs;

    public Pseudonyms(byte[] key) {
        if (key.length < 32) {
            throw new IllegalArgumentException("the pseudonym key must be at least 32 bytes");
        }
        this.key = new SecretKeySpec(key.clone(), "HmacSHA256");
        this.macs = ThreadLocal.withInitial(this::keyedMac);
    }

    private Mac keyedMac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is missing from this JVM", e);
        }
    }

    public MemberId of(Sender sender) {
        return of(sender.platform(), sender.community(), sender.userId());
    }

    public MemberId of(Platform platform, String community, String userId) {
        Mac mac = macs.get();
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
