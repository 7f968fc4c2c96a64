package app.kindred.core.member;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/**
 * The three keys Kindred needs: one for pseudonymous member ids, one sealing addresses, one signing
 * buttons. In production they come from configuration; the embedded default keeps them in a key file
 * readable by its owner only.
 */
public record Secrets(byte[] pseudonymKey, byte[] addressKey, byte[] buttonKey) {

    private static final int KEY_BYTES = 32;

    public Secrets {
        for (byte[] key : List.of(pseudonymKey, addressKey, buttonKey)) {
            if (key.length != KEY_BYTES) {
                throw new IllegalArgumentException("each Kindred key is 32 bytes");
            }
        }
    }

    /** Parses three base64 keys, as configuration gives them. */
    public static Secrets fromBase64(String pseudonymKey, String addressKey, String buttonKey) {
        Base64.Decoder decoder = Base64.getDecoder();
        return new Secrets(decoder.decode(pseudonymKey.strip()), decoder.decode(addressKey.strip()),
                decoder.decode(buttonKey.strip()));
    }

    public static Secrets random() {
        SecureRandom random = new SecureRandom();
        byte[][] keys = new byte[3][KEY_BYTES];
        for (byte[] key : keys) {
            random.nextBytes(key);
        }
        return new Secrets(keys[0], keys[1], keys[2]);
    }

    /**
     * Reads the key file, creating it with fresh keys and owner-only permissions when it does not exist.
     * Losing this file makes stored addresses unreadable and member ids change: back it up with the data.
     */
    public static Secrets fromKeyFile(Path file) {
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(file.toAbsolutePath().getParent());
                Secrets fresh = random();
                writeOwnerOnly(file, fresh.encode());
                return fresh;
            }
            String[] lines = Files.readString(file).strip().split("\n");
            if (lines.length != 3) {
                throw new IllegalStateException("the key file " + file + " must hold three base64 keys, one per line");
            }
            return fromBase64(lines[0], lines[1], lines[2]);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the key file " + file, e);
        }
    }

    private static void writeOwnerOnly(Path file, String content) throws IOException {
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(file);
        } catch (FileAlreadyExistsException raced) {
            return;
        }
        Files.writeString(file, content);
    }

    private String encode() {
        Base64.Encoder encoder = Base64.getEncoder();
        return encoder.encodeToString(pseudonymKey) + "\n" + encoder.encodeToString(addressKey) + "\n"
                + encoder.encodeToString(buttonKey) + "\n";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Secrets s && Arrays.equals(pseudonymKey, s.pseudonymKey)
                && Arrays.equals(addressKey, s.addressKey) && Arrays.equals(buttonKey, s.buttonKey);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(pseudonymKey);
    }

    /** Keys never appear in logs. */
    @Override
    public String toString() {
        return "Secrets[hidden]";
    }
}
