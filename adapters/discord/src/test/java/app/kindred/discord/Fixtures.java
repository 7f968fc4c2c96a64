package app.kindred.discord;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Discord payloads shaped like the ones the gateway and the API send, saved under
 * {@code src/test/resources/discord}, with placeholders a test fills in: {@code {{name}}} inside a JSON
 * string (the value is escaped) and {@code {{{name}}}} for raw JSON.
 */
final class Fixtures {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Fixtures() {
    }

    static String json(String fixture, Map<String, String> values) {
        String json = read(fixture);
        for (Map.Entry<String, String> value : values.entrySet()) {
            json = json.replace("{{{" + value.getKey() + "}}}", value.getValue());
        }
        for (Map.Entry<String, String> value : values.entrySet()) {
            json = json.replace("{{" + value.getKey() + "}}", escape(value.getValue()));
        }
        if (json.contains("{{")) {
            throw new IllegalArgumentException(fixture + " has a placeholder the test did not fill: " + json);
        }
        return json;
    }

    static String json(String fixture, String... namesAndValues) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            values.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return json(fixture, values);
    }

    static String read(String fixture) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/discord/" + fixture + ".json")) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture discord/" + fixture + ".json");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String escape(String value) {
        try {
            String quoted = JSON.writeValueAsString(value);
            return quoted.substring(1, quoted.length() - 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
