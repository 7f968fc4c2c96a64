package app.kindred.adapter.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Recorded platform payloads kept under a test's resources, and the values a test writes into them. */
public final class JsonFixtures {

    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonFixtures() {
    }

    /** A resource by its absolute path, such as {@code /discord/gateway/ready.json}. */
    public static String read(String path) {
        try (InputStream in = JsonFixtures.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** JSON as a tree, to read what a platform call carried. */
    public static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The value as it stands between the quotes of a JSON string, so any text can fill a placeholder. */
    public static String inJsonString(String value) {
        try {
            String quoted = JSON.writeValueAsString(value);
            return quoted.substring(1, quoted.length() - 1);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
