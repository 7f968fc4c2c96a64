package app.kindred.telegram;

import app.kindred.adapter.testing.Inbox;
import app.kindred.core.contract.LocaleHints;
import app.kindred.core.contract.Platform;
import app.kindred.core.contract.Sender;
import app.kindred.core.delivery.Dispatch;
import app.kindred.core.delivery.Outbox;
import app.kindred.core.delivery.OutboxSettings;
import app.kindred.core.member.MemberId;
import app.kindred.core.member.MemberProfile;
import app.kindred.core.testing.TestPlatform;
import com.fasterxml.jackson.databind.JsonNode;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The whole Telegram adapter wired as the app wires it (the real core on the embedded store, Dispatch,
 * the outbox, the real TelegramBots client and long-polling loop), talking to {@link FakeBotApi}.
 */
final class TelegramHarness implements AutoCloseable {

    /** Telegram's limits, shortened so retries and backoff fit in a test. */
    static final OutboxSettings TEST_OUTBOX = OutboxSettings.telegram()
            .withConversation(Duration.ZERO, Duration.ZERO, 5)
            .withRetries(3, Duration.ofMillis(100), Duration.ofMillis(400))
            .withDrainOnClose(Duration.ofSeconds(1));

    final FakeBotApi api = new FakeBotApi();
    final TestPlatform kindred = TestPlatform.start();
    final Dispatch dispatch = new Dispatch(kindred.kindred());
    final TelegramSettings settings;
    final TelegramApi telegram;
    final Outbox outbox;
    final TelegramMessenger messenger;
    final TelegramInbound inbound;
    final TelegramPolling polling;
    final TelegramStartup startup;

    TelegramHarness() {
        this(TEST_OUTBOX);
    }

    TelegramHarness(OutboxSettings outboxSettings) {
        settings = new TelegramSettings(FakeBotApi.TOKEN, URI.create(api.url()), TelegramSettings.Mode.POLLING, null, null,
                null, outboxSettings);
        telegram = new TelegramApi(settings);
        outbox = Outbox.start("telegram-test", settings.outbox(), new TelegramOutboxEvents(dispatch::submit, null));
        messenger = new TelegramMessenger(telegram.client(), outbox,
                address -> kindred.kindred().services().pseudonyms().logId(address), dispatch::submit);
        dispatch.register(messenger);
        inbound = new TelegramInbound(dispatch, telegram.client(), messenger, new UpdateTranslator(telegram::username));
        polling = new TelegramPolling(settings, inbound);
        startup = new TelegramStartup(telegram, dispatch, polling);
    }

    TelegramHarness start() {
        startup.start();
        return this;
    }

    Member member(long userId, String firstName, String languageCode) {
        return new Member(userId, firstName, languageCode);
    }

    /** A Telegram user writing to Kindred; what Kindred sends them is read back from the fake API. */
    final class Member {
        final long userId;
        final String firstName;
        final String languageCode;
        private final Inbox<JsonNode> inbox;

        Member(long userId, String firstName, String languageCode) {
            this.userId = userId;
            this.firstName = firstName;
            this.languageCode = languageCode;
            this.inbox = new Inbox<>(firstName, this::messages, message -> message.path("text").asText(),
                    () -> "all sent: " + api.calls("sendMessage"));
        }

        void sends(String fixture, String... values) {
            List<String> all = new ArrayList<>(List.of("user_id", String.valueOf(userId), "first_name", firstName,
                    "language_code", languageCode));
            all.addAll(List.of(values));
            api.push(Updates.json(fixture, all.toArray(String[]::new)));
        }

        void sendsCommand(String text) {
            sends("command", "text", text);
        }

        void writes(String text) {
            sends("text", "text", text);
        }

        void presses(String callbackData) {
            sends("callback-query", "data", callbackData, "message_id", "4242");
        }

        /** Waits for the next message Kindred sends this member and returns the sendMessage body. */
        JsonNode nextMessage() {
            return inbox.next();
        }

        /** Waits for a message to this member whose text contains the words, skipping those before it. */
        JsonNode awaitMessage(String containing) {
            return inbox.containing(containing);
        }

        /** Agrees to what Kindred keeps and sets a time zone, as a Telegram member must (Telegram gives none). */
        void joinsKindred(String zone) {
            sends("start");
            presses(button(nextMessage(), "I agree, let's start"));
            awaitMessage("You're all set");
            sendsCommand("/settings timezone " + zone);
            awaitMessage(zone);
        }

        List<JsonNode> messages() {
            return api.calls("sendMessage").stream()
                    .filter(call -> call.path("chat_id").asText().equals(String.valueOf(userId))).toList();
        }

        MemberId id() {
            return kindred.kindred().services().pseudonyms()
                    .of(Sender.member(Platform.TELEGRAM, "direct", String.valueOf(userId), LocaleHints.none()));
        }

        Optional<MemberProfile> profile() {
            return kindred.store().members().find(id());
        }
    }

    /** The callback data of the button with this label in a sendMessage body. */
    static String button(JsonNode sendMessage, String label) {
        for (JsonNode row : sendMessage.path("reply_markup").path("inline_keyboard")) {
            for (JsonNode button : row) {
                if (button.path("text").asText().equals(label)) {
                    return button.path("callback_data").asText();
                }
            }
        }
        throw new AssertionError("no button '" + label + "' in " + sendMessage);
    }

    @Override
    public void close() {
        startup.stop();
        outbox.close();
        telegram.close();
        api.close();
    }
}
