package app.kindred.slack;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.slack.api.bolt.middleware.Middleware;
import com.slack.api.bolt.middleware.MiddlewareChain;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestType;
import com.slack.api.bolt.response.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Slack retries an event (up to three times, with {@code X-Slack-Retry-Num}) when it did not see a 200
 * within three seconds. Kindred handles each {@code event_id} once: a retry of an event already taken
 * in is acknowledged and dropped, so a member is never answered twice.
 *
 * <p>Remembered in memory, per instance. Several instances behind one Slack app would each take a retry
 * that reached them; Slack sends a retry to the same URL, so a load balancer decides.
 */
final class OncePerEvent implements Middleware {

    private static final Logger LOG = LoggerFactory.getLogger(OncePerEvent.class);
    private static final String RETRY_HEADER = "X-Slack-Retry-Num";

    private final Map<String, Boolean> seen;

    OncePerEvent(int remembered) {
        this.seen = new LinkedHashMap<>(1024, 0.75f, false) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                return size() > remembered;
            }
        };
    }

    @Override
    public Response apply(Request req, Response resp, MiddlewareChain chain) throws Exception {
        if (req.getRequestType() != RequestType.Event) {
            return chain.next(req);
        }
        String eventId = eventId(req.getRequestBodyAsString());
        if (eventId != null && !firstTime(eventId)) {
            LOG.debug("Slack event {} arrived again (retry {}); it was already taken in", eventId,
                    req.getHeaders().getFirstValue(RETRY_HEADER));
            return Response.ok();
        }
        return chain.next(req);
    }

    synchronized boolean firstTime(String eventId) {
        return seen.putIfAbsent(eventId, Boolean.TRUE) == null;
    }

    /** An event Kindred could not take in after all (it was too busy) may come again. */
    synchronized void forget(String eventId) {
        if (eventId != null) {
            seen.remove(eventId);
        }
    }

    private static String eventId(String body) {
        try {
            JsonElement json = JsonParser.parseString(body);
            if (!json.isJsonObject()) {
                return null;
            }
            JsonObject object = json.getAsJsonObject();
            JsonElement id = object.get("event_id");
            return id == null || id.isJsonNull() ? null : id.getAsString();
        } catch (RuntimeException e) {
            return null;
        }
    }
}
