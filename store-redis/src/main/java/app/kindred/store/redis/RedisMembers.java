package app.kindred.store.redis;

import app.kindred.core.contract.Platform;
import app.kindred.core.member.MemberId;
import app.kindred.core.member.MemberProfile;
import app.kindred.core.member.Members;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Member profiles on Redis, two fields of the member's hash: "p", the settings in a compact binary form,
 * and "a", the sealed address. Each stays within the 64 bytes up to which Redis keeps a small hash as
 * one compact listpack (a longer value turns the whole hash into a table, several times the size). Its
 * forget runs last and deletes every key of the member in one command, whatever the other ports left.
 */
final class RedisMembers implements Members {

    static final String FIELD = "p";
    static final String ADDRESS = "a";
    private static final int LEGACY = 1;
    private static final int VERSION = 2;

    private final RedisStore redis;

    RedisMembers(RedisStore redis) {
        this.redis = redis;
    }

    @Override
    public Optional<MemberProfile> find(MemberId id) {
        List<byte[]> fields = redis.memberFields(id, FIELD, ADDRESS);
        byte[] data = fields.get(0);
        return Optional.ofNullable(data).map(bytes -> decode(id, bytes, fields.get(1)));
    }

    @Override
    public void save(MemberProfile profile) {
        Map<String, byte[]> fields = new HashMap<>();
        fields.put(FIELD, encode(profile));
        fields.put(ADDRESS, profile.sealedAddress());
        redis.writeMemberFields(profile.id(), fields);
    }

    @Override
    public void delete(MemberId id) {
        Map<String, byte[]> fields = new HashMap<>();
        fields.put(FIELD, null);
        fields.put(ADDRESS, null);
        redis.writeMemberFields(id, fields);
    }

    /** Deletes every key tagged with the member at once: the hash and everything beside it. */
    @Override
    public void forget(MemberId member) {
        List<String> keys = new ArrayList<>();
        keys.add(redis.member(member));
        RedisStorePorts.memberKeyParts().forEach(part -> keys.add(redis.member(member, part)));
        redis.run(j -> j.del(keys.toArray(String[]::new)));
        redis.forgetKnown(member);
    }

    static byte[] encode(MemberProfile p) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(48);
        out.write(VERSION);
        Varints.writeText(out, p.platform().code());
        Varints.writeText(out, p.community());
        Varints.writeText(out, p.language());
        Varints.writeText(out, p.country() == null ? "" : p.country());
        Varints.writeText(out, p.timeZone() == null ? "" : p.timeZone());
        Varints.write(out, p.createdAt().getEpochSecond());
        Varints.write(out, p.consentedAt() == null ? 0 : p.consentedAt().getEpochSecond() + 1);
        out.write((p.paused() ? 1 : 0) | (p.unreachable() ? 2 : 0));
        return out.toByteArray();
    }

    static MemberProfile decode(MemberId id, byte[] data, byte[] sealed) {
        try {
            if (data.length > 0 && data[0] == LEGACY) {
                return decodeLegacy(id, data);
            }
            Varints.Reader in = new Varints.Reader(data, 1);
            Platform platform = platform(in.readText());
            String community = in.readText();
            String language = in.readText();
            String country = emptyToNull(in.readText());
            String zone = emptyToNull(in.readText());
            Instant created = Instant.ofEpochSecond(in.read());
            long consented = in.read();
            int flags = in.readByte();
            return new MemberProfile(id, platform, community, sealed == null ? new byte[0] : sealed, language, country,
                    zone, created, consented == 0 ? null : Instant.ofEpochSecond(consented - 1), (flags & 1) != 0,
                    (flags & 2) != 0);
        } catch (IllegalArgumentException e) {
            throw new UncheckedIOException("a member profile is damaged", new IOException(e));
        }
    }

    private static Platform platform(String code) {
        for (Platform platform : Platform.values()) {
            if (platform.code().equals(code)) {
                return platform;
            }
        }
        throw new IllegalArgumentException("unknown platform " + code);
    }

    /** The first layout: one field holding everything, the sealed address included. */
    private static MemberProfile decodeLegacy(MemberId id, byte[] data) {
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
            int flags = in.readByte();
            return new MemberProfile(id, platform, community, sealed, language, country, zone, created,
                    consented < 0 ? null : Instant.ofEpochSecond(consented), (flags & 1) != 0, (flags & 2) != 0);
        } catch (IOException e) {
            throw new UncheckedIOException("a member profile is damaged", e);
        }
    }

    private static String emptyToNull(String value) {
        return value.isEmpty() ? null : value;
    }
}
