package app.kindred.telegram;

import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.api.methods.botapimethods.PartialBotApiMethod;
import org.telegram.telegrambots.meta.api.methods.send.SendDocument;
import org.telegram.telegrambots.meta.api.methods.send.SendPhoto;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

import java.util.function.Supplier;

/**
 * One Bot API call. It is built afresh for every attempt because a photo's or document's stream can
 * be read only once, and an attempt may be retried.
 *
 * @param method the Bot API method name, for logs
 * @param build  makes the call
 */
record TelegramCall(String method, Supplier<PartialBotApiMethod<?>> build) {

    /** Runs the call with the real client; uploads go as multipart, everything else as JSON. */
    void execute(TelegramClient client) throws TelegramApiException {
        PartialBotApiMethod<?> call = build.get();
        if (call instanceof SendPhoto photo) {
            client.execute(photo);
        } else if (call instanceof SendDocument document) {
            client.execute(document);
        } else if (call instanceof BotApiMethod<?> json) {
            client.execute(json);
        } else {
            throw new IllegalArgumentException("Kindred does not send " + call.getClass().getSimpleName());
        }
    }
}
