package app.kindred.bench.telegram;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A tiny Bot API on 127.0.0.1 that enforces a message cap like Telegram's flood control: a token bucket
 * refilled at the cap per second and holding at most {@code bucket} tokens. A sendMessage that finds the
 * bucket empty gets 429 with {@code retry_after}, as Telegram answers. It counts what it saw.
 *
 * <p>It speaks just enough HTTP/1.1 (keep-alive, Content-Length bodies) on a thread per connection, so
 * that on a small machine the fake is not what limits the client being measured.
 */
final class RateLimitedBotApi implements AutoCloseable {

    private static final byte[] END_OF_HEADERS = {'\r', '\n', '\r', '\n'};

    private final ServerSocket server;
    private final Thread acceptor;
    private final Set<Socket> connections = ConcurrentHashMap.newKeySet();
    private final double perNano;
    private final double bucket;
    private double tokens;
    private long refilledAt;
    private final AtomicLong accepted = new AtomicLong();
    private final AtomicLong tooMany = new AtomicLong();
    private final Map<String, AtomicInteger> perChat = new ConcurrentHashMap<>();
    private volatile boolean open = true;

    RateLimitedBotApi(double capPerSecond, int bucket) throws IOException {
        this.perNano = capPerSecond / 1e9;
        this.bucket = bucket;
        this.tokens = bucket;
        this.refilledAt = System.nanoTime();
        this.server = new ServerSocket(0, 1024, InetAddress.getLoopbackAddress());
        this.acceptor = new Thread(this::accept, "fake-bot-api-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getLocalPort();
    }

    private void accept() {
        while (open) {
            try {
                Socket socket = server.accept();
                socket.setTcpNoDelay(true);
                connections.add(socket);
                Thread connection = new Thread(() -> serve(socket), "fake-bot-api-conn");
                connection.setDaemon(true);
                connection.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket socket) {
        try (socket; InputStream in = new BufferedInputStream(socket.getInputStream()); OutputStream out = socket.getOutputStream()) {
            while (open) {
                String head = readHead(in);
                if (head == null) {
                    return;
                }
                byte[] body = in.readNBytes(contentLength(head));
                int space = head.indexOf(' ');
                String path = head.substring(space + 1, head.indexOf(' ', space + 1)).toLowerCase(Locale.ROOT);
                respond(out, path, new String(body, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            // The client closed the connection.
        } finally {
            connections.remove(socket);
        }
    }

    private void respond(OutputStream out, String path, String body) throws IOException {
        if (!path.endsWith("/sendmessage")) {
            write(out, 200, "{\"ok\":true,\"result\":true}");
            return;
        }
        String chat = chatId(body);
        if (!take()) {
            tooMany.incrementAndGet();
            write(out, 429, "{\"ok\":false,\"error_code\":429,\"description\":\"Too Many Requests: retry after 1\","
                    + "\"parameters\":{\"retry_after\":1}}");
            return;
        }
        accepted.incrementAndGet();
        perChat.computeIfAbsent(chat, c -> new AtomicInteger()).incrementAndGet();
        write(out, 200, "{\"ok\":true,\"result\":{\"message_id\":1,\"date\":1772442001,\"chat\":{\"id\":"
                + chat + ",\"type\":\"private\"},\"text\":\"ok\"}}");
    }

    private synchronized boolean take() {
        long now = System.nanoTime();
        tokens = Math.min(bucket, tokens + (now - refilledAt) * perNano);
        refilledAt = now;
        if (tokens >= 1) {
            tokens -= 1;
            return true;
        }
        return false;
    }

    /** Refills the bucket and clears the counts, between a warm-up and the measured run. */
    synchronized void reset() {
        tokens = bucket;
        refilledAt = System.nanoTime();
        accepted.set(0);
        tooMany.set(0);
        perChat.clear();
    }

    private static String readHead(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder(256);
        int matched = 0;
        int b;
        while ((b = in.read()) >= 0) {
            head.append((char) b);
            matched = b == END_OF_HEADERS[matched] ? matched + 1 : b == '\r' ? 1 : 0;
            if (matched == END_OF_HEADERS.length) {
                return head.toString();
            }
        }
        return null;
    }

    private static int contentLength(String head) {
        for (String line : head.split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase("content-length")) {
                return Integer.parseInt(line.substring(colon + 1).trim());
            }
        }
        return 0;
    }

    private static String chatId(String body) {
        int at = body.indexOf("\"chat_id\":\"");
        if (at < 0) {
            return "0";
        }
        int from = at + 11;
        return body.substring(from, body.indexOf('"', from));
    }

    private static void write(OutputStream out, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        String reason = status == 200 ? "OK" : "Too Many Requests";
        String head = "HTTP/1.1 " + status + " " + reason + "\r\nContent-Type: application/json\r\nContent-Length: "
                + bytes.length + "\r\n\r\n";
        out.write(head.getBytes(StandardCharsets.US_ASCII));
        out.write(bytes);
        out.flush();
    }

    long accepted() {
        return accepted.get();
    }

    long tooMany() {
        return tooMany.get();
    }

    /** Chats that got more than one message. */
    long chatsServedTwice() {
        return perChat.values().stream().filter(count -> count.get() > 1).count();
    }

    @Override
    public void close() {
        open = false;
        try {
            server.close();
        } catch (IOException e) {
            // Closing anyway.
        }
        for (Socket socket : connections) {
            try {
                socket.close();
            } catch (IOException e) {
                // Closing anyway.
            }
        }
        try {
            acceptor.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
