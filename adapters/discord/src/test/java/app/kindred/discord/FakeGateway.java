package app.kindred.discord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small Discord gateway on 127.0.0.1, speaking plain JSON (no compression): it says HELLO, answers
 * IDENTIFY with READY and the server's GUILD_CREATE, acknowledges heartbeats, and lets a test dispatch
 * events (INTERACTION_CREATE, MESSAGE_CREATE) as the real gateway would, from fixtures.
 */
final class FakeGateway extends WebSocketServer implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final CountDownLatch started = new CountDownLatch(1);
    private final AtomicInteger sequence = new AtomicInteger();
    private final List<WebSocket> sessions = new CopyOnWriteArrayList<>();
    private final List<JsonNode> identifies = new CopyOnWriteArrayList<>();
    private volatile String ready;
    private volatile List<String> guilds = List.of();

    FakeGateway() {
        super(new InetSocketAddress("127.0.0.1", 0));
        setReuseAddr(true);
        setDaemon(true);
        start();
        try {
            if (!started.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the fake gateway did not start");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    String url() {
        return "ws://127.0.0.1:" + getPort();
    }

    /** What READY and the GUILD_CREATEs after it carry. */
    void onIdentify(String readyPayload, List<String> guildPayloads) {
        this.ready = readyPayload;
        this.guilds = List.copyOf(guildPayloads);
    }

    /** The IDENTIFY payloads JDA sent: its token, intents and properties. */
    List<JsonNode> identifies() {
        return identifies;
    }

    /** Sends a dispatch event (op 0) with the next sequence number to every connected session. */
    void dispatch(String type, String payload) {
        String frame = "{\"op\":0,\"t\":\"" + type + "\",\"s\":" + sequence.incrementAndGet() + ",\"d\":" + payload + "}";
        if (sessions.isEmpty()) {
            throw new IllegalStateException("no session is connected to the fake gateway");
        }
        sessions.forEach(session -> session.send(frame));
    }

    @Override
    public void onStart() {
        started.countDown();
    }

    @Override
    public void onOpen(WebSocket conn, ClientHandshake handshake) {
        sessions.add(conn);
        conn.send("{\"op\":10,\"d\":{\"heartbeat_interval\":41250},\"s\":null,\"t\":null}");
    }

    @Override
    public void onMessage(WebSocket conn, String message) {
        JsonNode frame;
        try {
            frame = JSON.readTree(message);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int op = frame.path("op").asInt(-1);
        if (op == 1) {
            conn.send("{\"op\":11,\"d\":null,\"s\":null,\"t\":null}");
        } else if (op == 2) {
            identifies.add(frame.path("d"));
            dispatch("READY", ready);
            guilds.forEach(guild -> dispatch("GUILD_CREATE", guild));
        }
    }

    @Override
    public void onClose(WebSocket conn, int code, String reason, boolean remote) {
        sessions.remove(conn);
    }

    @Override
    public void onError(WebSocket conn, Exception ex) {
        // A client going away mid-frame is normal when JDA shuts down.
    }

    @Override
    public void close() {
        try {
            stop(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
