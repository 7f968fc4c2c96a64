package app.kindred.telegram;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.telegram.telegrambots.meta.api.objects.Update;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * The webhook endpoint: Telegram posts each update here with the secret it was given. A request without
 * the right secret is refused before its body is read; the body is bound with TelegramBots' own Jackson
 * mapping, so it is read exactly as long polling reads it. An update that cannot be read is still
 * acknowledged: Telegram delivers updates in order and would otherwise retry it and hold back the rest.
 */
@RestController
@ConditionalOnProperty(prefix = "kindred.telegram", name = "token")
@ConditionalOnProperty(prefix = "kindred.telegram", name = "mode", havingValue = "webhook")
class TelegramWebhookController {

    static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";
    /** Updates are a few kilobytes; anything near this is not from Telegram. */
    static final int MAX_UPDATE_BYTES = 1 << 20;
    private static final Logger LOG = LoggerFactory.getLogger(TelegramWebhookController.class);
    private static final ObjectMapper UPDATES = new ObjectMapper();

    private final TelegramInbound inbound;
    private final byte[] secret;

    TelegramWebhookController(TelegramInbound inbound, TelegramSettings settings) {
        this.inbound = inbound;
        this.secret = settings.webhookSecret().getBytes(StandardCharsets.UTF_8);
    }

    @PostMapping(path = "${kindred.telegram.webhook.path:/telegram/webhook}")
    ResponseEntity<Void> receive(@RequestHeader(name = SECRET_HEADER, required = false) String presented,
                                 InputStream body) throws IOException {
        if (presented == null || !MessageDigest.isEqual(secret, presented.getBytes(StandardCharsets.UTF_8))) {
            LOG.warn("a request to the Telegram webhook without the right secret was refused");
            return ResponseEntity.status(401).build();
        }
        byte[] json = body.readNBytes(MAX_UPDATE_BYTES + 1);
        if (json.length > MAX_UPDATE_BYTES) {
            LOG.warn("the Telegram webhook refused a body over {} bytes", MAX_UPDATE_BYTES);
            return ResponseEntity.status(413).build();
        }
        Update update;
        try {
            update = UPDATES.readValue(json, Update.class);
        } catch (IOException e) {
            // Never log the body: it holds what a member wrote.
            LOG.warn("the Telegram webhook received a body that is not an update ({}); acknowledged and skipped",
                    e.getClass().getSimpleName());
            return ResponseEntity.ok().build();
        }
        inbound.handle(update);
        return ResponseEntity.ok().build();
    }
}
