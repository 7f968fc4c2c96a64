package app.kindred.slack;

import app.kindred.adapter.testing.Eventually;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A small WebSocket server playing Slack's Socket Mode endpoint on 127.0.0.1: greets each connection
 * with "hello" as Slack does, pushes envelopes (events, slash commands, button presses) to the client
 * and records the acknowledgements it sends back.
 */
final class FakeSocketModeServer extends WebSocketServer implements AutoCloseable {

    private static final String HELLO = """
            {"type":"hello","num_connections":1,"debug_info":{"host":"applink-7fc4fdbb64-4x5xq","build_number":118,
             "approximate_connection_time":18060},"connection_info":{"app_id":"A0KINDRED"}}""";

    private final CountDownLatch started = new CountDownLatch(1);
    private final List<String> received = new CopyOnWriteArrayList<>();
    private final List<WebSocket> open = new CopyOnWriteArrayList<>();

    FakeSocketModeServer() {
        super(new InetSocketAddress("127.0.0.1", 0));
        setReuseAddr(true);
    }

    FakeSocketModeServer begin() {
        start();
        try {
            if (!started.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the fake Socket Mode server did not start");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return this;
    }

    /** What apps.connections.open hands out: the address to connect to, like Slack's wss:// link. */
    String url() {
        return "ws://127.0.0.1:" + getPort() + "/link/?ticket=7ab1ad5e-0c36-4ba2-9c5e-9a2b0e0e1a6d&app_id=A0KINDRED";
    }

    boolean connected() {
        return !open.isEmpty();
    }

    /** Sends one envelope to every connected client. */
    void push(String envelope) {
        open.forEach(socket -> socket.send(envelope));
    }

    /** Waits for the client's acknowledgement of an envelope and returns it. */
    String awaitAck(String envelopeId) {
        return Eventually.found(() -> received.stream()
                        .filter(message -> message.contains("\"envelope_id\":\"" + envelopeId + "\"")).findFirst().orElse(null),
                () -> "no acknowledgement of " + envelopeId + " among " + received);
    }

    List<String> received() {
        return received;
    }

    @Override
    public void onOpen(WebSocket conn, ClientHandshake handshake) {
        open.add(conn);
        conn.send(HELLO);
    }

    @Override
    public void onClose(WebSocket conn, int code, String reason, boolean remote) {
        open.remove(conn);
    }

    @Override
    public void onMessage(WebSocket conn, String message) {
        received.add(message);
    }

    @Override
    public void onError(WebSocket conn, Exception ex) {
        // A client going away mid-test is fine; the test sees what it needs through received().
    }

    @Override
    public void onStart() {
        started.countDown();
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
