package app.kindred.web;

import app.kindred.adapter.testing.Eventually;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One browser tab as the chat's API sees it, without a browser: joins, writes, presses and reads its
 * stream. The API tests use it; the end-to-end test drives a real browser instead.
 */
final class HttpTab implements AutoCloseable {

    /** One event from the tab's stream. */
    record Event(long seq, String name, String data) {
        String html() {
            return field("html");
        }

        String ref() {
            return field("ref");
        }

        /** A string field of the event's JSON, unescaped (the server writes flat objects on one line). */
        String field(String name) {
            String key = "\"" + name + "\":\"";
            int start = data.indexOf(key);
            if (start < 0) {
                return "";
            }
            StringBuilder value = new StringBuilder();
            for (int i = start + key.length(); i < data.length(); i++) {
                char c = data.charAt(i);
                if (c == '"') {
                    break;
                }
                if (c == '\\') {
                    char next = data.charAt(++i);
                    value.append(next == 'n' ? '\n' : next);
                } else {
                    value.append(c);
                }
            }
            return value.toString();
        }

        /** The payloads of the buttons in this message, by label. */
        Map<String, String> buttons() {
            Map<String, String> buttons = new LinkedHashMap<>();
            Matcher m = Pattern.compile("data-payload=\"([^\"]*)\">([^<]*)</button>").matcher(html());
            while (m.find()) {
                buttons.put(unescape(m.group(2)), unescape(m.group(1)));
            }
            return buttons;
        }

        private static String unescape(String html) {
            return html.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">")
                    .replace("&amp;", "&");
        }
    }

    /** A plain HTTP answer. */
    record Answer(int status, String body) {
    }

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private final String base;
    private final List<Event> events = new CopyOnWriteArrayList<>();
    private String token = "";
    private HttpResponse<Stream<String>> stream;

    HttpTab(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    Answer join(String... fields) {
        return joined(post("/chat/api/join", fields));
    }

    /** Joins with a form body exactly as given, as a client that encodes it badly would. */
    Answer joinRaw(String encodedForm) {
        return joined(postRaw("/chat/api/join", encodedForm));
    }

    private Answer joined(Answer answer) {
        Matcher m = Pattern.compile("\"token\":\"([^\"]+)\"").matcher(answer.body());
        if (m.find()) {
            token = m.group(1);
            listen();
        }
        return answer;
    }

    Answer say(String text) {
        return post("/chat/api/say", "text", text);
    }

    Answer press(String payload, String ref) {
        return post("/chat/api/press", "payload", payload, "ref", ref);
    }

    String token() {
        return token;
    }

    void useToken(String other) {
        this.token = other;
    }

    Answer post(String path, String... fields) {
        StringBuilder form = new StringBuilder();
        for (int i = 0; i < fields.length; i += 2) {
            form.append(i == 0 ? "" : "&").append(URLEncoder.encode(fields[i], StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(fields[i + 1], StandardCharsets.UTF_8));
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header(ChatApi.TOKEN_HEADER, token)
                .POST(HttpRequest.BodyPublishers.ofString(form.toString())).build();
        return send(request);
    }

    /** Posts a form body exactly as given, as a client that encodes it badly would. */
    Answer postRaw(String path, String encodedForm) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header(ChatApi.TOKEN_HEADER, token)
                .POST(HttpRequest.BodyPublishers.ofString(encodedForm)).build();
        return send(request);
    }

    Answer get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header(ChatApi.TOKEN_HEADER, token).GET().build());
    }

    private static Answer send(HttpRequest request) {
        try {
            HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Opens the stream and collects its events on a thread of its own. */
    private void listen() {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/chat/api/stream?after=0"))
                .header(ChatApi.TOKEN_HEADER, token).GET().build();
        CLIENT.sendAsync(request, HttpResponse.BodyHandlers.ofLines()).thenAccept(response -> {
            stream = response;
            List<String> block = new ArrayList<>();
            response.body().forEach(line -> {
                if (line.isEmpty()) {
                    parse(block).ifPresent(events::add);
                    block.clear();
                } else {
                    block.add(line);
                }
            });
        });
    }

    private static java.util.Optional<Event> parse(List<String> block) {
        long seq = 0;
        String name = "message";
        List<String> data = new ArrayList<>();
        for (String line : block) {
            int colon = line.indexOf(':');
            if (colon <= 0) {
                continue;
            }
            String field = line.substring(0, colon);
            String value = line.substring(colon + 1).replaceFirst("^ ", "");
            switch (field) {
                case "id" -> seq = Long.parseLong(value);
                case "event" -> name = value;
                case "data" -> data.add(value);
                default -> { }
            }
        }
        return seq == 0 ? java.util.Optional.empty() : java.util.Optional.of(new Event(seq, name, String.join("\n", data)));
    }

    /** Waits for a message whose HTML contains the text, and returns it. */
    Event awaitMessage(String contains) {
        return Eventually.found(() -> events.stream()
                        .filter(event -> event.name().equals("message") && event.html().contains(contains)).findFirst().orElse(null),
                () -> "no message containing '" + contains + "' arrived; the tab saw:\n"
                        + events.stream().map(Event::html).collect(Collectors.joining("\n")));
    }

    Event awaitEvent(String name, String ref) {
        return Eventually.found(() -> events.stream()
                        .filter(event -> event.name().equals(name) && event.ref().equals(ref)).findFirst().orElse(null),
                () -> "no " + name + " event for " + ref + " arrived");
    }

    List<Event> events() {
        return List.copyOf(events);
    }

    @Override
    public void close() {
        if (stream != null) {
            stream.body().close();
        }
    }
}
