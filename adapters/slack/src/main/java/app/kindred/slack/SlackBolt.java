package app.kindred.slack;

import app.kindred.core.contract.MarkdownSubset;
import app.kindred.core.prompts.Say;
import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.event.MemberJoinedChannelEvent;
import com.slack.api.model.event.MessageChangedEvent;
import com.slack.api.model.event.MessageEvent;
import com.slack.api.model.event.MessageFileShareEvent;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Kindred's Bolt app: Bolt verifies each request's signature, checks the token, ignores Kindred's own
 * events and routes by kind; {@link OncePerEvent} drops Events API retries. Every handler only
 * translates, hands the event to {@link SlackInbound} and acknowledges: the work happens after the
 * answer, so Slack's three seconds are never at risk.
 */
final class SlackBolt {

    static final String ANSWERED_IN_DM = "slack.answered-in-dm";
    private static final Pattern ANY_COMMAND = Pattern.compile("^/.+$");
    private static final int REMEMBERED_EVENTS = 50_000;

    private SlackBolt() {
    }

    /**
     * @param say Kindred's words in a member's language, as far as it is known without asking Slack (the
     *            note on a command used outside Kindred's DM goes back in the acknowledgement itself)
     */
    static App build(SlackApi api, SlackTranslator translator, SlackInbound inbound, Function<String, Say> say) {
        SlackSettings settings = api.settings();
        AppConfig config = AppConfig.builder()
                .slack(api.slack())
                .singleTeamBotToken(settings.botToken())
                .signingSecret(settings.signingSecret())
                // Over Socket Mode nothing is signed: the connection itself was opened with the app-level token.
                .requestVerificationEnabled(settings.mode() == SlackSettings.Mode.HTTP)
                // An event with no handler (a reaction, a bot's message) is acknowledged, never left for Slack to retry.
                .allEventsApiAutoAckEnabled(true)
                .subtypedMessageEventsAutoAckEnabled(true)
                // Kindred checks the token itself first (SlackApi#identify), with a sentence that says what to fix.
                .appInitializersEnabled(false)
                .build();
        App app = new App(config);
        OncePerEvent once = new OncePerEvent(REMEMBERED_EVENTS);

        app.command(ANY_COMMAND, (req, ctx) -> {
            SlashCommandPayload payload = req.getPayload();
            if (!inbound.accept(translator.command(payload))) {
                return busy();
            }
            if (SlackTranslator.isDirect(payload.getChannelId())) {
                return ctx.ack();
            }
            // Replies are private and go to Kindred's DM; say so where the command was typed, to the member alone.
            return ctx.ack(SlackMrkdwn.escape(MarkdownSubset.toPlain(say.apply(payload.getUserId()).text(ANSWERED_IN_DM))));
        });
        app.blockAction(SlackRendering.ACTIONS, (req, ctx) -> {
            BlockActionPayload payload = req.getPayload();
            List<com.slack.api.model.block.LayoutBlock> blocks = payload.getMessage() == null ? null
                    : payload.getMessage().getBlocks();
            return inbound.accept(translator.press(payload), blocks) ? ctx.ack() : busy();
        });
        app.blockAction(SlackRendering.LINKS, (req, ctx) -> ctx.ack());
        app.event(MessageEvent.class, (payload, ctx) -> taken(inbound.accept(
                translator.message(payload.getTeamId(), payload.getEvent(), ctx.getBotUserId())), once, payload.getEventId(), ctx::ack));
        app.event(MessageFileShareEvent.class, (payload, ctx) -> taken(inbound.accept(
                translator.fileShare(payload.getTeamId(), payload.getEvent(), ctx.getBotUserId())), once, payload.getEventId(), ctx::ack));
        app.event(MessageChangedEvent.class, (payload, ctx) -> taken(inbound.accept(
                translator.edit(payload.getTeamId(), payload.getEvent(), ctx.getBotUserId())), once, payload.getEventId(), ctx::ack));
        // Bolt's self-event filter lets member_joined_channel through even when the member is Kindred.
        app.event(MemberJoinedChannelEvent.class, (payload, ctx) -> taken(inbound.accept(
                translator.joined(payload.getTeamId(), payload.getEvent(), ctx.getBotUserId())), once, payload.getEventId(), ctx::ack));

        app.start();
        // After Bolt's own middleware (signature, token, self events), so unverified requests are never remembered.
        app.use(once);
        return app;
    }

    private static Response taken(boolean accepted, OncePerEvent once, String eventId, Supplier<Response> ack) {
        if (accepted) {
            return ack.get();
        }
        once.forget(eventId);
        return busy();
    }

    /** Slack retries events answered with an error; a member running a command sees Slack's own failure note. */
    private static Response busy() {
        return Response.builder().statusCode(503).contentType("text/plain").body("").build();
    }
}
