package app.kindred.store.redis;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Unsigned LEB128 numbers and length-prefixed text: small values take one byte, which keeps hash fields short. */
final class Varints {

    private Varints() {
    }

    static void write(ByteArrayOutputStream out, long value) {
        if (value < 0) {
            throw new IllegalArgumentException("only numbers from zero up");
        }
        long rest = value;
        while (rest >= 0x80) {
            out.write((int) (rest & 0x7f) | 0x80);
            rest >>>= 7;
        }
        out.write((int) rest);
    }

    static void writeText(ByteArrayOutputStream out, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        write(out, bytes.length);
        out.write(bytes, 0, bytes.length);
    }

    /** Reads from a byte array, front to back. */
    static final class Reader {

        private final byte[] data;
        private int at;

        Reader(byte[] data, int from) {
            this.data = data;
            this.at = from;
        }

        boolean hasMore() {
            return at < data.length;
        }

        long read() {
            long value = 0;
            int shift = 0;
            while (true) {
                if (at >= data.length || shift > 63) {
                    throw new IllegalArgumentException("a stored number is cut short");
                }
                int b = data[at++] & 0xff;
                value |= (long) (b & 0x7f) << shift;
                if (b < 0x80) {
                    return value;
                }
                shift += 7;
            }
        }

        String readText() {
            int length = (int) read();
            if (length > data.length - at) {
                throw new IllegalArgumentException("a stored text is cut short");
            }
            String text = new String(data, at, length, StandardCharsets.UTF_8);
            at += length;
            return text;
        }

        int readByte() {
            if (at >= data.length) {
                throw new IllegalArgumentException("a stored record is cut short");
            }
            return data[at++] & 0xff;
        }
    }
}
