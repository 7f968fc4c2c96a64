package app.kindred.web;

import app.kindred.core.privacy.Json;

import java.util.Map;

/** A flat JSON object on one line: what the page receives, in a stream event or an answer. */
final class JsonLine {

    private JsonLine() {
    }

    static String of(Map<String, ?> fields) {
        StringBuilder out = new StringBuilder(64);
        out.append('{');
        boolean first = true;
        for (Map.Entry<String, ?> field : fields.entrySet()) {
            if (!first) {
                out.append(',');
            }
            Json.string(field.getKey(), out);
            out.append(':');
            Object value = field.getValue();
            if (value instanceof Boolean || value instanceof Number) {
                out.append(value);
            } else {
                Json.string(String.valueOf(value), out);
            }
            first = false;
        }
        return out.append('}').toString();
    }
}
