package app.kindred.core.member;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.security.GeneralSecurityException;

/**
 * HMAC-SHA256 under one secret key, with a keyed Mac per thread: looking up the provider and keying it
 * cost more than the HMAC itself, and ids and buttons are signed on every turn.
 */
public final class KeyedHmac {

    private static final int MIN_KEY_BYTES = 32;
    private final SecretKeySpec key;
    private final ThreadLocal<Mac> macs;

    /** @param purpose names the key in the refusal, e.g. "the button key" */
    public KeyedHmac(byte[] key, String purpose) {
        if (key.length < MIN_KEY_BYTES) {
            throw new IllegalArgumentException(purpose + " must be at least " + MIN_KEY_BYTES + " bytes");
        }
        this.key = new SecretKeySpec(key.clone(), "HmacSHA256");
        this.macs = ThreadLocal.withInitial(this::keyedMac);
    }

    /** This thread's Mac, keyed and reset: doFinal leaves it ready for the next message. */
    public Mac mac() {
        return macs.get();
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
}
