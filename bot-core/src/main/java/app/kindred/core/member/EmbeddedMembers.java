package app.kindred.core.member;

import app.kindred.core.contract.Platform;
import app.kindred.core.store.EmbeddedStore;
import org.h2.mvstore.MVMap;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Member profiles in the embedded store, one compact binary record per member. */
public final class EmbeddedMembers implements Members {

    /** Profiles kept decoded in memory, at most this many; past it the cache starts again from empty. */
    private static final int CACHED = 100_000;

    private final MVMap<String, byte[]> profiles;
    /**
     * Every event reads its member's profile, and a B-tree lookup plus decoding was the largest single cost
     * in the core benchmark. This instance is the only writer of the map (the file is locked to one
     * process), so writing through keeps the cache exact; absent members are not cached.
     */
    private final ConcurrentHashMap<String, MemberProfile> decoded = new ConcurrentHashMap<>();

    public EmbeddedMembers(EmbeddedStore store) {
        this.profiles = store.map("members");
    }

    @Override
    public Optional<MemberProfile> find(MemberId id) {
        if (decoded.size() > CACHED) {
            decoded.clear();
        }
        // A save racing this read waits for it on the same key and then overwrites, so nothing stale stays.
        return Optional.ofNullable(decoded.computeIfAbsent(id.value(), key -> {
            byte[] bytes = profiles.get(key);
            return bytes == null ? null : decode(id, bytes);
        }));
    }

    @Override
    public void save(MemberProfile profile) {
        profiles.put(profile.id().value(), encode(profile));
        decoded.put(profile.id().value(), profile);
    }

    @Override
    public void delete(MemberId id) {
        profiles.remove(id.value());
        decoded.remove(id.value());
    }

    @Override
    public void forget(MemberId member) {
        delete(member);
    }

    private static byte[] encode(MemberProfile p) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(128);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(1);
            out.writeUTF(p.platform().name());
            out.writeUTF(p.community());
            out.writeShort(p.sealedAddress().length);
            out.write(p.sealedAddress());
            out.writeUTF(p.language());
            out.writeUTF(p.country() == null ? "" : p.country());
            out.writeUTF(p.timeZone() == null ? "" : p.timeZone());
            out.writeLong(p.createdAt().getEpochSecond());
            out.writeLong(p.consentedAt() == null ? -1 : p.consentedAt().getEpochSecond());
            out.writeBoolean(p.paused());
            out.writeBoolean(p.unreachable());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static MemberProfile decode(MemberId id, byte[] data) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(data))) {
            in.readByte();
            Platform platform = Platform.valueOf(in.readUTF());
            String community = in.readUTF();
            byte[] sealed = new byte[in.readUnsignedShort()];
            in.readFully(sealed);
            String language = in.readUTF();
            String country = emptyToNull(in.readUTF());
            String zone = emptyToNull(in.readUTF());
            Instant created = Instant.ofEpochSecond(in.readLong());
            long consented = in.readLong();
            boolean paused = in.readBoolean();
            boolean unreachable = in.readBoolean();
            return new MemberProfile(id, platform, community, sealed, language, country, zone, created,
                    consented < 0 ? null : Instant.ofEpochSecond(consented), paused, unreachable);
        } catch (IOException e) {
            throw new UncheckedIOException("a member profile is damaged", e);
        }
    }

    private static String emptyToNull(String value) {
        return value.isEmpty() ? null : value;
    }
}
