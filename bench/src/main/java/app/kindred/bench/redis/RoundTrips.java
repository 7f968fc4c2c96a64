package app.kindred.bench.redis;

import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.DefaultJedisSocketFactory;
import redis.clients.jedis.JedisClientConfig;
import redis.clients.jedis.JedisSocketFactory;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.providers.PooledConnectionProvider;
import redis.clients.jedis.ConnectionFactory;
import redis.clients.jedis.util.JedisURIHelper;

import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketAddress;
import java.net.SocketException;
import java.net.URI;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counts round trips on the real sockets of a Redis client, not what the code says it does: each time a
 * connection writes after it last read (or for the first time), a request goes out whose answer must come
 * back before the next one, and that is one trip. A pipeline or a script is one trip; a script Redis did
 * not know yet (EVALSHA, then EVAL) is two; a connection's handshake counts too. Counted overall and per
 * thread, so a driver can say which events cost what.
 */
final class RoundTrips implements JedisSocketFactory {

    private final JedisSocketFactory real;
    private final LongAdder total = new LongAdder();
    private final ThreadLocal<long[]> mine = ThreadLocal.withInitial(() -> new long[1]);

    private RoundTrips(JedisSocketFactory real) {
        this.real = real;
    }

    /** A client on {@code uri} whose every connection is counted by the returned counter's sockets. */
    static Counted connect(URI uri) {
        JedisClientConfig config = DefaultJedisClientConfig.builder(uri).build();
        RoundTrips trips = new RoundTrips(new DefaultJedisSocketFactory(JedisURIHelper.getHostAndPort(uri), config));
        ConnectionFactory connections = ConnectionFactory.builder().socketFactory(trips).clientConfig(config).build();
        RedisClient client = RedisClient.builder().clientConfig(config)
                .connectionProvider(new PooledConnectionProvider(connections)).build();
        return new Counted(client, trips);
    }

    /** A client and the trips its sockets made. */
    record Counted(RedisClient client, RoundTrips trips) {
    }

    /** Trips made on every connection so far. */
    long total() {
        return total.sum();
    }

    /** Trips made so far by the calling thread. */
    long byThisThread() {
        return mine.get()[0];
    }

    @Override
    public Socket createSocket() {
        return new CountingSocket(real.createSocket());
    }

    private void count() {
        total.increment();
        mine.get()[0]++;
    }

    /** A socket that hands out counting streams and otherwise does what the real one does. */
    private final class CountingSocket extends Socket {

        private final Socket socket;
        /** Whether the last thing this connection did was write; a connection is used by one thread at a time. */
        private volatile boolean writing;
        private InputStream in;
        private OutputStream out;

        CountingSocket(Socket socket) {
            this.socket = socket;
        }

        @Override
        public synchronized InputStream getInputStream() throws IOException {
            if (in == null) {
                in = new FilterInputStream(socket.getInputStream()) {
                    @Override
                    public int read() throws IOException {
                        writing = false;
                        return super.read();
                    }

                    @Override
                    public int read(byte[] b, int off, int len) throws IOException {
                        writing = false;
                        return super.read(b, off, len);
                    }
                };
            }
            return in;
        }

        @Override
        public synchronized OutputStream getOutputStream() throws IOException {
            if (out == null) {
                out = new FilterOutputStream(socket.getOutputStream()) {
                    @Override
                    public void write(int b) throws IOException {
                        sent();
                        out().write(b);
                    }

                    @Override
                    public void write(byte[] b, int off, int len) throws IOException {
                        sent();
                        out().write(b, off, len);
                    }

                    private OutputStream out() {
                        return this.out;
                    }
                };
            }
            return out;
        }

        private void sent() {
            if (!writing) {
                writing = true;
                count();
            }
        }

        @Override
        public void setSoTimeout(int timeout) throws SocketException {
            socket.setSoTimeout(timeout);
        }

        @Override
        public int getSoTimeout() throws SocketException {
            return socket.getSoTimeout();
        }

        @Override
        public boolean isBound() {
            return socket.isBound();
        }

        @Override
        public boolean isConnected() {
            return socket.isConnected();
        }

        @Override
        public boolean isClosed() {
            return socket.isClosed();
        }

        @Override
        public boolean isInputShutdown() {
            return socket.isInputShutdown();
        }

        @Override
        public boolean isOutputShutdown() {
            return socket.isOutputShutdown();
        }

        @Override
        public SocketAddress getRemoteSocketAddress() {
            return socket.getRemoteSocketAddress();
        }

        @Override
        public SocketAddress getLocalSocketAddress() {
            return socket.getLocalSocketAddress();
        }

        @Override
        public synchronized void close() throws IOException {
            socket.close();
        }
    }
}
