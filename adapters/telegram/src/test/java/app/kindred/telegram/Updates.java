package app.kindred.telegram;

import app.kindred.adapter.testing.JsonFixtures;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.telegram.telegrambots.meta.api.objects.Update;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Update fixtures shaped like the Bot API documentation, with {{placeholders}} a test fills in. */
final class Updates {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicInteger NEXT_UPDATE = new AtomicInteger(800_000);

    private Updates() {
    }

    /** A fixture as JSON; values come in name, value pairs and are JSON-escaped. */
    static String json(String fixture, String... namesAndValues) {
        Map<String, String> values = new HashMap<>();
        values.put("update_id", String.valueOf(NEXT_UPDATE.incrementAndGet()));
        values.put("user_id", "111111111");
        values.put("first_name", "Maya");
        values.put("language_code", "en");
        values.put("message_id", "4242");
        values.put("text", "");
        values.put("data", "");
        for (int i = 0; i < namesAndValues.length; i += 2) {
            values.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        String text = values.get("text");
        int space = text.indexOf(' ');
        values.putIfAbsent("command_length", String.valueOf(space < 0 ? text.length() : space));
        String json = JsonFixtures.read("/updates/" + fixture + ".json");
        for (Map.Entry<String, String> value : values.entrySet()) {
            json = json.replace("{{" + value.getKey() + "}}", JsonFixtures.inJsonString(value.getValue()));
        }
        if (json.contains("{{")) {
            throw new IllegalArgumentException(fixture + " has a placeholder the test did not fill: " + json);
        }
        return json;
    }

    static Update update(String fixture, String... namesAndValues) {
        try {
            return JSON.readValue(json(fixture, namesAndValues), Update.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
