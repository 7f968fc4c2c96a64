package app.kindred.slack;

import app.kindred.adapter.testing.Inbox;
import app.kindred.adapter.testing.JsonFixtures;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;

/**
 * Slack's side of a conversation: members whose commands, DMs and button presses are posted to
 * Kindred's events endpoint exactly as Slack posts them (recorded-shape bodies from
 * {@code slack/requests}, signed with the app's signing secret over the UTF-8 bytes), and whose
 * replies are read back from the fake Web API.
 */
final class SlackWorkspace {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final FakeSlackApi api;
    private final URI endpoint;
    private final String secret;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    SlackWorkspace(FakeSlackApi api, int port, String secret) {
        this.api = api;
        this.endpoint = URI.create("http://127.0.0.1:" + port + "/slack/events");
        this.secret = secret;
    }

    /** A member with their own DM channel with Kindred, which conversations.open returns for them. */
    Member member(String userId, String userName) {
        String dm = "D" + userId.substring(1);
        api.server().stubFor(FakeSlackApi.method("conversations.open").atPriority(5)
                .withRequestBody(containing("users=" + userId))
                .willReturn(com.github.tomakehurst.wiremock.client.WireMock.okJson(
                        "{\"ok\":true,\"no_op\":true,\"already_open\":true,\"channel\":{\"id\":\"" + dm + "\"}}")));
        return new Member(userId, userName, dm);
    }

    /**
     * Slack telling Kindred that someone joined a channel Kindred is in (or Kindred itself joined one): a
     * member_joined_channel event. With no inviter the property is left out, as Slack leaves it out.
     */
    HttpResponse<String> joins(String userId, String channel, String inviter, String eventId, Map<String, String> headers) {
        String body = fill(FakeSlackApi.resource("/slack/requests/member-joined-channel.json"), false,
                "team_id", FakeSlackApi.TEAM, "user_id", userId, "channel_id", channel, "channel_type", "C",
                "inviter_id", inviter == null ? "" : inviter, "event_id", eventId);
        if (inviter == null) {
            ObjectNode event = (ObjectNode) FakeSlackApi.parse(body);
            ((ObjectNode) event.path("event")).remove("inviter");
            body = event.toString();
        }
        return post(body, "application/json", headers);
    }

    /** Every chat.postMessage to a channel, oldest first. */
    List<JsonNode> postsIn(String channel) {
        return api.calls("chat.postMessage").stream().filter(call -> call.path("channel").asText().equals(channel)).toList();
    }

    static String sign(String secret, String timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal(("v0:" + timestamp + ":" + body).getBytes(StandardCharsets.UTF_8));
            return "v0=" + HexFormat.of().formatHex(digest);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Posts a body signed as Slack signs it, with any extra headers (X-Slack-Retry-Num). */
    HttpResponse<String> post(String body, String contentType, Map<String, String> headers) {
        String timestamp = String.valueOf(Instant.now().getEpochSecond());
        return postSigned(body, contentType, timestamp, sign(secret, timestamp, body), headers);
    }

    HttpResponse<String> postSigned(String body, String contentType, String timestamp, String signature,
                                    Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint)
                .header("Content-Type", contentType)
                .header("X-Slack-Request-Timestamp", timestamp)
                .header("X-Slack-Signature", signature)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        headers.forEach(request::header);
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new AssertionError("Kindred's Slack endpoint did not answer", e);
        }
    }

    static String fill(String template, boolean urlEncode, String... namesAndValues) {
        String filled = template;
        for (int i = 0; i < namesAndValues.length; i += 2) {
            String value = namesAndValues[i + 1];
            filled = filled.replace("${" + namesAndValues[i] + "}",
                    urlEncode ? URLEncoder.encode(value, StandardCharsets.UTF_8) : JsonFixtures.inJsonString(value));
        }
        return filled.strip();
    }

    /** The mrkdwn of a chat.postMessage call: its sections' texts, one per line. */
    static String text(JsonNode post) {
        List<String> texts = new ArrayList<>();
        for (JsonNode block : post.path("blocks")) {
            if (block.path("type").asText().equals("section")) {
                texts.add(block.path("text").path("text").asText());
            }
        }
        return String.join("\n", texts);
    }

    /** The labels of every button and option in a chat.postMessage call. */
    static List<String> labels(JsonNode post) {
        List<String> labels = new ArrayList<>();
        for (JsonNode block : post.path("blocks")) {
            for (JsonNode element : block.path("elements")) {
                if (element.has("text")) {
                    labels.add(element.path("text").path("text").asText());
                }
                element.path("options").forEach(option -> labels.add(option.path("text").path("text").asText()));
            }
        }
        return labels;
    }

    /** The button with this label in a chat.postMessage call: its action id and value. */
    static JsonNode button(JsonNode post, String label) {
        for (JsonNode block : post.path("blocks")) {
            for (JsonNode element : block.path("elements")) {
                if (element.path("type").asText().equals("button") && element.path("text").path("text").asText().equals(label)) {
                    return element;
                }
            }
        }
        throw new AssertionError("no button '" + label + "' in " + post);
    }

    /** A Slack member talking to Kindred. */
    final class Member {
        final String userId;
        final String userName;
        final String dm;
        private final Inbox<JsonNode> inbox;

        Member(String userId, String userName, String dm) {
            this.userId = userId;
            this.userName = userName;
            this.dm = dm;
            this.inbox = new Inbox<>(userName, this::messages, SlackWorkspace::text,
                    () -> "all sent: " + api.calls("chat.postMessage"));
        }

        /** Runs Kindred's slash command in Kindred's DM: {@code runs("checkin 09:00")} is /kindred checkin 09:00. */
        HttpResponse<String> runs(String text) {
            return runsIn(dm, "directmessage", "/kindred", text);
        }

        HttpResponse<String> runsIn(String channel, String channelName, String command, String text) {
            String body = fill(FakeSlackApi.resource("/slack/requests/slash-command.form"), true,
                    "team_id", FakeSlackApi.TEAM, "channel_id", channel, "channel_name", channelName, "user_id", userId,
                    "user_name", userName, "command", command, "text", text);
            return post(body, "application/x-www-form-urlencoded", Map.of());
        }

        /** Writes in Kindred's DM (a message.im event). */
        HttpResponse<String> writes(String text) {
            return writesIn(dm, "im", text, newEventId(), Map.of());
        }

        HttpResponse<String> writesIn(String channel, String channelType, String text, String eventId,
                                      Map<String, String> headers) {
            return post(event(channel, channelType, text, eventId), "application/json", headers);
        }

        String event(String channel, String channelType, String text, String eventId) {
            return fill(FakeSlackApi.resource("/slack/requests/message-im.json"), false,
                    "team_id", FakeSlackApi.TEAM, "user_id", userId, "channel_id", channel, "channel_type", channelType,
                    "text", text, "event_id", eventId);
        }

        /** Presses the button with this label on a message Kindred posted in this member's DM. */
        HttpResponse<String> presses(JsonNode post, String label) {
            JsonNode button = button(post, label);
            return pressesValue(post, button.path("action_id").asText(), label, button.path("value").asText());
        }

        /** Presses a button carrying any value at all (a forged one, or one copied from someone else). */
        HttpResponse<String> pressesValue(JsonNode post, String actionId, String label, String value) {
            ObjectNode message = JSON.createObjectNode();
            message.put("type", "message");
            message.put("user", FakeSlackApi.BOT_USER);
            message.put("bot_id", "B0KINDBOT");
            message.put("ts", "1772442001.000100");
            message.put("text", post.path("text").asText());
            message.set("blocks", post.path("blocks"));
            String payload = fill(FakeSlackApi.resource("/slack/requests/block-actions.json"), false,
                    "user_id", userId, "user_name", userName, "team_id", FakeSlackApi.TEAM, "channel_id", dm,
                    "message_ts", "1772442001.000100", "action_id", actionId, "label", label, "value", value)
                    .replace("${message}", message.toString());
            return post("payload=" + URLEncoder.encode(payload, StandardCharsets.UTF_8), "application/x-www-form-urlencoded",
                    Map.of());
        }

        /** Every chat.postMessage to this member's DM, oldest first. */
        List<JsonNode> messages() {
            return api.calls("chat.postMessage").stream().filter(call -> call.path("channel").asText().equals(dm)).toList();
        }

        /** Waits for the next message Kindred posts in this member's DM. */
        JsonNode nextMessage() {
            return inbox.next();
        }

        /** Waits for a message to this member whose text contains the words, skipping those before it. */
        JsonNode awaitMessage(String containing) {
            return inbox.containing(containing);
        }

        /** Agrees to what Kindred keeps and sets a time zone. */
        void joinsKindred(String zone) {
            runs("start");
            presses(nextMessage(), "I agree, let's start");
            awaitMessage("You're all set");
            runs("settings timezone " + zone);
            awaitMessage(zone);
        }

        void skipsAll() {
            inbox.skipAll();
        }
    }

    static String newEventId() {
        return "Ev" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase(java.util.Locale.ROOT);
    }
}
