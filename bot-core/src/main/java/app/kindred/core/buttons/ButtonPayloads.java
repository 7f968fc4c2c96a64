package app.kindred.core.buttons;

import app.kindred.core.member.MemberId;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * Makes and checks button payloads: {@code action~value~expiry~mac}, at most 48 ASCII bytes. The MAC
 * binds the payload to the one member it was shown to, so a forged payload or another member's press
 * is refused without any storage, which keeps the crisis buttons working when the store is down.
 */
public final class ButtonPayloads {

    private static final Pattern ACTION = Pattern.compile("[a-z][a-z0-9.-]{0,11}");
    private static final Pattern VALUE = Pattern.compile("[A-Za-z0-9_-]{0,16}");
    private static final int MAC_BYTES = 8;
    private final SecretKeySpec key;
    /** A keyed MAC to copy: cloning skips the provider lookup and key setup that every press would repeat. */
    private final ThreadLocal<Mac> keyedMacs = ThreadLocal.withInitial(this::newMac);

    public ButtonPayloads(byte[] key) {
        if (key.length < 32) {
            throw new IllegalArgumentException("the button key must be at least 32 bytes");
        }
        this.key = new SecretKeySpec(key.clone(), "HmacSHA256");
    }

    public String sign(String action, String value, MemberId presser, Instant expires) {
        if (!ACTION.matcher(action).matches()) {
            throw new IllegalArgumentException("action ids are 1-12 lower-case letters, digits, '.' or '-'");
        }
        if (!VALUE.matcher(value).matches()) {
            throw new IllegalArgumentException("button values are 0-16 characters of [A-Za-z0-9_-]");
        }
        String expiry = Long.toString(expires.getEpochSecond() / 60, 36);
        String body = action + '~' + value + '~' + expiry;
        return body + '~' + mac(body, presser);
    }

    /** Checks a pressed payload against the member who pressed it. */
    public PressCheck check(String payload, MemberId presser, Instant now) {
        String[] fields = payload.split("~", -1);
        if (fields.length != 4 || !ACTION.matcher(fields[0]).matches() || !VALUE.matcher(fields[1]).matches()) {
            return new PressCheck.Malformed();
        }
        String body = fields[0] + '~' + fields[1] + '~' + fields[2];
        byte[] expected = mac(body, presser).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, fields[3].getBytes(StandardCharsets.US_ASCII))) {
            return new PressCheck.NotForThisMember(fields[0]);
        }
        long expiryMinute;
        try {
            expiryMinute = Long.parseLong(fields[2], 36);
        } catch (NumberFormatException e) {
            return new PressCheck.Malformed();
        }
        if (now.getEpochSecond() / 60 > expiryMinute) {
            return new PressCheck.Expired(fields[0]);
        }
        return new PressCheck.Valid(fields[0], fields[1]);
    }

    private String mac(String body, MemberId presser) {
        try {
            Mac mac = (Mac) keyedMacs.get().clone();
            mac.update(presser.value().getBytes(StandardCharsets.US_ASCII));
            mac.update((byte) 0);
            byte[] digest = mac.doFinal(body.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, MAC_BYTES));
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("this JVM's HMAC-SHA256 cannot be copied", e);
        }
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is missing from this JVM", e);
        }
    }
}
