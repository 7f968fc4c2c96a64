package app.kindred.core.contract;

import java.nio.charset.StandardCharsets;

/** The one rule every button payload obeys, so it fits Telegram's 64 bytes and Discord's 100 characters. */
final class ButtonPayloadRules {

    static final int MAX_BYTES = 64;

    private ButtonPayloadRules() {
    }

    static void check(String payload) {
        if (payload == null || payload.isEmpty()) {
            throw new IllegalArgumentException("a button needs a payload");
        }
        if (payload.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new IllegalArgumentException("button payloads are at most " + MAX_BYTES + " bytes");
        }
        for (int i = 0; i < payload.length(); i++) {
            char c = payload.charAt(i);
            if (c < 0x21 || c > 0x7e) {
                throw new IllegalArgumentException("button payloads are printable ASCII without spaces");
            }
        }
    }
}
