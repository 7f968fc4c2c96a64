package app.kindred.core.buttons;

import app.kindred.core.member.KeyedHmac;
import app.kindred.core.member.MemberId;

import javax.crypto.Mac;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;

/**
 * Makes and checks button payloads: {@code action~value~expiry~mac}, at most 48 ASCII bytes. The MAC
 * binds the payload to the one member it was shown to, so a forged payload or another member's press
 * is refused without any storage, which keeps the crisis buttons working when the store is down.
 */
public final class ButtonPayloads {

    private static final int MAC_BYTES = 8;
    /** A prompt signs a dozen buttons: the keyed Mac is kept per thread, not keyed afresh for each. */
    private final KeyedHmac hmac;

    public ButtonPayloads(byte[] key) {
        this.hmac = new KeyedHmac(key, "the button key");
    }

    /** An action is 1-12 of [a-z0-9.-] starting with a letter; checked by hand, as it runs for every button. */
    private static boolean isAction(String action) {
        if (action.isEmpty() || action.length() > 12 || !(action.charAt(0) >= 'a' && action.charAt(0) <= 'z')) {
            return false;
        }
        for (int i = 1; i < action.length(); i++) {
            char c = action.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '.' || c == '-')) {
                return false;
            }
        }
        return true;
    }

    /** A value is 0-16 of [A-Za-z0-9_-]. */
    private static boolean isValue(String value) {
        if (value.length() > 16) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-')) {
                return false;
            }
        }
        return true;
    }

    public String sign(String action, String value, MemberId presser, Instant expires) {
        if (!isAction(action)) {
            throw new IllegalArgumentException("action ids are 1-12 lower-case letters, digits, '.' or '-'");
        }
        if (!isValue(value)) {
            throw new IllegalArgumentException("button values are 0-16 characters of [A-Za-z0-9_-]");
        }
        String expiry = Long.toString(expires.getEpochSecond() / 60, 36);
        String body = action + '~' + value + '~' + expiry;
        return body + '~' + mac(body, presser);
    }

    /** Checks a pressed payload against the member who pressed it. */
    public PressCheck check(String payload, MemberId presser, Instant now) {
        String[] fields = payload.split("~", -1);
        if (fields.length != 4 || !isAction(fields[0]) || !isValue(fields[1])) {
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
            return new PressCheck.Expired(fields[0], fields[1]);
        }
        return new PressCheck.Valid(fields[0], fields[1]);
    }

    private String mac(String body, MemberId presser) {
        Mac mac = hmac.mac();
        mac.update(presser.value().getBytes(StandardCharsets.US_ASCII));
        mac.update((byte) 0);
        byte[] digest = mac.doFinal(body.getBytes(StandardCharsets.US_ASCII));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, MAC_BYTES));
    }
}
