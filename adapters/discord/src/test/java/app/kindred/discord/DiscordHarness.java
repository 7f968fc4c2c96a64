package app.kindred.discord;

import app.kindred.adapter.testing.Inbox;
import app.kindred.core.KindredAssembly;
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
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;

/**
 * The whole Discord adapter wired as the app wires it (the real core on the embedded store, Dispatch, the
 * outbox, the real JDA client on its gateway connection), talking to {@link FakeDiscord}.
 */
final class DiscordHarness implements AutoCloseable {

    /** Discord's limits, shortened so retries and backoff fit in a test. */
    static final OutboxSettings TEST_OUTBOX = OutboxSettings.telegram()
            .withRate(40, 5)
            .withConversation(Duration.ZERO, Duration.ZERO, 5)
            .withRetries(3, Duration.ofMillis(100), Duration.ofMillis(400))
            .withDrainOnClose(Duration.ofSeconds(1));

    private static final AtomicInteger NEXT = new AtomicInteger(1);

    final FakeDiscord discord;
    final TestPlatform kindred;
    final Dispatch dispatch;
    final DiscordSettings settings;
    final Outbox outbox;
    final DiscordMessenger messenger;
    final DiscordGateway gateway;

    DiscordHarness() {
        this(new FakeDiscord(), UnaryOperator.identity());
    }

    DiscordHarness(FakeDiscord discord, UnaryOperator<KindredAssembly.Parts> parts) {
        this(discord, parts, FakeDiscord.GUILD_ID, FakeDiscord.GROUPS_CHANNEL);
    }

    /**
     * @param serverId      {@code kindred.discord.server-id}, or null for none
     * @param groupsChannel {@code kindred.discord.groups-channel}, or empty for none
     */
    DiscordHarness(FakeDiscord discord, UnaryOperator<KindredAssembly.Parts> parts, String serverId, String groupsChannel) {
        this.discord = discord;
        this.kindred = TestPlatform.assembled(parts);
        this.dispatch = new Dispatch(kindred.kindred());
        this.settings = new DiscordSettings(FakeDiscord.TOKEN, URI.create(discord.apiUrl()), URI.create(discord.gateway.url()),
                serverId, groupsChannel, false, TEST_OUTBOX);
        DiscordMessenger[] late = new DiscordMessenger[1];
        this.outbox = Outbox.start("discord-test", settings.outbox(),
                new DiscordOutboxEvents(dispatch::submit, (delivery, failure) -> late[0].abandoned(delivery, failure), null));
        DiscordGateway[] jda = new DiscordGateway[1];
        this.messenger = new DiscordMessenger(() -> jda[0].get(), outbox,
                address -> kindred.kindred().services().pseudonyms().logId(address), dispatch::submit, settings);
        late[0] = messenger;
        dispatch.register(messenger);
        DiscordTranslator translator = new DiscordTranslator(settings.community(), settings.groupsChannel());
        this.gateway = new DiscordGateway(settings, new DiscordInbound(dispatch, messenger, translator), outbox);
        jda[0] = gateway;
    }

    DiscordHarness start() {
        gateway.start();
        try {
            if (!gateway.awaitReady(Duration.ofSeconds(15))) {
                throw new AssertionError("JDA never became ready: " + gateway.status() + "; unmatched requests: "
                        + discord.rest().findAllUnmatchedRequests());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
        return this;
    }

    Member member(String userId, String name, String locale) {
        return new Member(userId, name, locale);
    }

    /** A Discord user talking to Kindred; what Kindred sends them is read back from the fake API. */
    final class Member {
        final String userId;
        final String name;
        final String locale;
        private final Inbox<JsonNode> inbox;

        Member(String userId, String name, String locale) {
            this.userId = userId;
            this.name = name;
            this.locale = locale;
            this.inbox = new Inbox<>(name, this::messages, message -> message.path("content").asText(),
                    () -> "unmatched: " + discord.rest().findAllUnmatchedRequests());
        }

        private List<String> common(String... more) {
            List<String> values = new ArrayList<>(List.of("user_id", userId, "username", name.toLowerCase(java.util.Locale.ROOT),
                    "global_name", name, "locale", locale, "interaction_id", snowflakeNow(),
                    "token", "tok-" + userId + "-" + NEXT.incrementAndGet(), "bot_permissions", FakeDiscord.BOT_PERMISSIONS,
                    "message_id", String.valueOf(1700000000000000100L + NEXT.incrementAndGet())));
            values.addAll(List.of(more));
            return values;
        }

        /** Runs a slash command in their DM with Kindred, with whatever follows it as the details option. */
        void runs(String command, String details) {
            discord.gateway.dispatch("INTERACTION_CREATE", Fixtures.json("gateway/command-dm",
                    common("command", command, "options", options(details)).toArray(String[]::new)));
        }

        /** Runs a slash command in the server's #general channel. */
        void runsInServer(String command, String details) {
            discord.gateway.dispatch("INTERACTION_CREATE", Fixtures.json("gateway/command-guild",
                    common("command", command, "options", options(details)).toArray(String[]::new)));
        }

        /** Presses a button on a message in their DM; the custom_id is whatever the client sends. */
        void presses(String customId) {
            discord.gateway.dispatch("INTERACTION_CREATE", Fixtures.json("gateway/button-dm",
                    common("custom_id", customId).toArray(String[]::new)));
        }

        /** Chooses an option of a select menu on a message in their DM. */
        void chooses(String customId, String value) {
            discord.gateway.dispatch("INTERACTION_CREATE", Fixtures.json("gateway/string-select-dm",
                    common("custom_id", customId, "value", value).toArray(String[]::new)));
        }

        /** Sends a file with no text in their DM. */
        void sendsAFile() {
            String attachment = "[{\"id\": \"1490000000000000001\", \"filename\": \"notes.pdf\", \"size\": 48213, "
                    + "\"url\": \"https://cdn.discordapp.com/attachments/1/2/notes.pdf\", "
                    + "\"proxy_url\": \"https://media.discordapp.net/attachments/1/2/notes.pdf\", "
                    + "\"content_type\": \"application/pdf\", \"content_scan_version\": 2}]";
            discord.gateway.dispatch("MESSAGE_CREATE", Fixtures.json("gateway/message-dm",
                    common("text", "", "attachments", attachment).toArray(String[]::new)));
        }

        /** Runs a slash command whose interaction Discord created long ago: its hook has expired. */
        void runsStale(String command) {
            List<String> values = common("command", command, "options", "[]");
            values.set(values.indexOf("interaction_id") + 1, "1500000000000000001");
            discord.gateway.dispatch("INTERACTION_CREATE", Fixtures.json("gateway/command-dm", values.toArray(String[]::new)));
        }

        /** Writes in their DM with Kindred. */
        void writes(String text) {
            discord.gateway.dispatch("MESSAGE_CREATE", Fixtures.json("gateway/message-dm",
                    common("text", text, "attachments", "[]").toArray(String[]::new)));
        }

        /** Writes in a server channel, mentioning Kindred. */
        void mentionsKindredIn(String channelId, String text) {
            String mention = "[{\"id\": \"" + FakeDiscord.BOT_ID + "\", \"username\": \"Kindred\", \"global_name\": null, "
                    + "\"discriminator\": \"0\", \"avatar\": null, \"bot\": true, \"public_flags\": 0}]";
            discord.gateway.dispatch("MESSAGE_CREATE", Fixtures.json("gateway/message-guild",
                    common("channel_id", channelId, "text", "<@" + FakeDiscord.BOT_ID + "> " + text, "mentions", mention)
                            .toArray(String[]::new)));
        }

        /** Every message body Kindred sent this member, in order: interaction replies and DMs. */
        List<JsonNode> messages() {
            List<LoggedRequest> mine = new ArrayList<>();
            mine.addAll(discord.requests("PATCH", "webhooks/" + FakeDiscord.BOT_ID + "/tok-" + userId + "-[0-9]+/messages/@original"));
            mine.addAll(discord.requests("POST", "webhooks/" + FakeDiscord.BOT_ID + "/tok-" + userId + "-[0-9]+"));
            mine.addAll(discord.requests("POST", "channels/" + userId + "/messages"));
            mine.sort(Comparator.comparing(LoggedRequest::getLoggedDate));
            return FakeDiscord.bodies(mine).stream().filter(body -> body.has("content") || body.has("components")
                    && !body.path("components").isEmpty()).toList();
        }

        /** Waits for the next message Kindred sends this member. */
        JsonNode nextMessage() {
            return inbox.next();
        }

        /** Waits for a message to this member whose text contains the words, skipping those before it. */
        JsonNode awaitMessage(String containing) {
            return inbox.containing(containing);
        }

        /** Says hello with /start and presses the consent button. */
        void joinsKindred() {
            runs("start", "");
            presses(button(nextMessage(), "I agree, let's start"));
            awaitMessage("You're all set");
        }

        MemberId id() {
            return kindred.kindred().services().pseudonyms()
                    .of(Sender.member(Platform.DISCORD, FakeDiscord.GUILD_ID, userId, LocaleHints.none()));
        }

        Optional<MemberProfile> profile() {
            return kindred.store().members().find(id());
        }
    }

    /** A snowflake made now: JDA refuses interactions whose id says they are older than 15 minutes. */
    static String snowflakeNow() {
        long discordEpoch = 1420070400000L;
        return String.valueOf(((System.currentTimeMillis() - discordEpoch) << 22) | (NEXT.incrementAndGet() & 0xFFF));
    }

    private static String options(String details) {
        return details == null || details.isEmpty() ? "[]"
                : "[{\"name\": \"details\", \"type\": 3, \"value\": " + quoted(details) + "}]";
    }

    private static String quoted(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** The custom_id of the button with this label in a message body. */
    static String button(JsonNode message, String label) {
        for (JsonNode row : message.path("components")) {
            for (JsonNode component : row.path("components")) {
                if (component.path("label").asText().equals(label)) {
                    return component.path("custom_id").asText();
                }
            }
        }
        throw new AssertionError("no button '" + label + "' in " + message);
    }

    static List<String> labels(JsonNode message) {
        List<String> labels = new ArrayList<>();
        message.path("components").forEach(row -> row.path("components").forEach(c -> labels.add(c.path("label").asText())));
        return labels;
    }

    @Override
    public void close() {
        gateway.stop();
        outbox.close();
        discord.close();
    }
}
