package app.kindred.web;

import app.kindred.core.contract.LocaleHints;
import app.kindred.core.contract.Platform;
import app.kindred.core.contract.Sender;
import app.kindred.core.member.Pseudonyms;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;

/**
 * A tab's token names its member and is signed, so a restarted Kindred can take the tab back as the same
 * member instead of asking it to join again and orphaning what the member keeps. The token holds what
 * the tab itself told Kindred at join (community, name, language hints) and the user id Kindred chose;
 * nothing else, and nothing the member wrote since.
 */
final class SessionTokens {

    private static final String VERSION = "s1";
    /**
     * The signature is an HMAC under the pseudonym key, over a community no member can have (community
     * names never hold a NUL), so a token's signature can never equal a member id and vice versa.
     */
    private static final String SIGNING_DOMAIN = "\u0000web-session-token";
    private static final char FIELD = '\u0000';
    private static final int FIELDS = 7;
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    /** What a restored tab needs: the member as they joined, and the language of their page. */
    record Descriptor(Sender sender, String pageLanguage) {
    }

    private final Pseudonyms pseudonyms;

    SessionTokens(Pseudonyms pseudonyms) {
        this.pseudonyms = pseudonyms;
    }

    String issue(Sender sender, String pageLanguage) {
        LocaleHints hints = sender.hints();
        String payload = String.join(String.valueOf(FIELD), sender.community(), sender.userId(), sender.displayName(),
                pageLanguage, orEmpty(hints.language()), orEmpty(hints.country()), orEmpty(hints.timeZone()));
        String encoded = ENCODER.encodeToString(payload.getBytes(StandardCharsets.UTF_8));
        return VERSION + "." + encoded + "." + signature(encoded);
    }

    /** The tab the token names, if Kindred signed it; anything else, forged or malformed, is nothing. */
    Optional<Descriptor> read(String token) {
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3 || !VERSION.equals(parts[0])
                || !MessageDigest.isEqual(signature(parts[1]).getBytes(StandardCharsets.US_ASCII),
                parts[2].getBytes(StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        String[] fields;
        try {
            fields = new String(DECODER.decode(parts[1]), StandardCharsets.UTF_8).split(String.valueOf(FIELD), -1);
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
        if (fields.length != FIELDS) {
            return Optional.empty();
        }
        LocaleHints hints = new LocaleHints(orNull(fields[4]), orNull(fields[5]), orNull(fields[6]));
        Sender sender = new Sender(Platform.WEB, fields[0], fields[1], fields[2], hints, false);
        return Optional.of(new Descriptor(sender, fields[3]));
    }

    private String signature(String encodedPayload) {
        return pseudonyms.of(Platform.WEB, SIGNING_DOMAIN, encodedPayload).value();
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    private static String orNull(String value) {
        return value.isEmpty() ? null : value;
    }
}
