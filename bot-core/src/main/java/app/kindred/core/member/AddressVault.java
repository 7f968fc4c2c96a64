package app.kindred.core.member;

import app.kindred.core.contract.Address;
import app.kindred.core.contract.Platform;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;

/**
 * Seals the platform address Kindred needs to message a member (AES-256-GCM, random nonce), so the
 * store holds no readable platform id. The member id is bound in as associated data: a sealed address
 * copied onto another member does not open.
 */
public final class AddressVault {

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final char SEPARATOR = '\u001f';

    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();
    /** Looking a cipher up costs more than using it; each thread keeps its own, as Cipher is not thread-safe. */
    private final ThreadLocal<Cipher> ciphers = ThreadLocal.withInitial(AddressVault::newCipher);

    public AddressVault(byte[] key) {
        if (key.length != 32) {
            throw new IllegalArgumentException("the address key must be 32 bytes (AES-256)");
        }
        this.key = new SecretKeySpec(key.clone(), "AES");
    }

    public byte[] seal(MemberId owner, Address.Direct address) {
        String plain = address.platform().name() + SEPARATOR + address.community() + SEPARATOR
                + address.userId() + SEPARATOR + address.conversationId();
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = ciphers.get();
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(owner.value().getBytes(StandardCharsets.US_ASCII));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is missing from this JVM", e);
        }
    }

    public Address.Direct open(MemberId owner, byte[] sealed) {
        if (sealed.length <= NONCE_BYTES) {
            throw new IllegalArgumentException("sealed address is truncated");
        }
        try {
            Cipher cipher = ciphers.get();
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 0, NONCE_BYTES));
            cipher.updateAAD(owner.value().getBytes(StandardCharsets.US_ASCII));
            byte[] plain = cipher.doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES);
            String[] fields = new String(plain, StandardCharsets.UTF_8).split(String.valueOf(SEPARATOR), -1);
            return new Address.Direct(Platform.valueOf(fields[0]), fields[1], fields[2], fields[3]);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a sealed address did not open: wrong key or tampered data", e);
        }
    }

    private static Cipher newCipher() {
        try {
            return Cipher.getInstance("AES/GCM/NoPadding");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is missing from this JVM", e);
        }
    }
}
