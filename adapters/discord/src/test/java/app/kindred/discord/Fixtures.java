package app.kindred.discord;

import app.kindred.adapter.testing.JsonFixtures;

import java.util.HashMap;
import java.util.Map;

/**
 * Discord payloads shaped like the ones the gateway and the API send, saved under
 * {@code src/test/resources/discord}, with placeholders a test fills in: {@code {{name}}} inside a JSON
 * string (the value is escaped) and {@code {{{name}}}} for raw JSON.
 */
final class Fixtures {

    private Fixtures() {
    }

    static String json(String fixture, Map<String, String> values) {
        String json = read(fixture);
        for (Map.Entry<String, String> value : values.entrySet()) {
            json = json.replace("{{{" + value.getKey() + "}}}", value.getValue());
        }
        for (Map.Entry<String, String> value : values.entrySet()) {
            json = json.replace("{{" + value.getKey() + "}}", JsonFixtures.inJsonString(value.getValue()));
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
        return JsonFixtures.read("/discord/" + fixture + ".json");
    }
}
