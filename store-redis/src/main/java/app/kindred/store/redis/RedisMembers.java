package app.kindred.store.redis;

import app.kindred.core.contract.Platform;
import app.kindred.core.member.MemberId;
import app.kindred.core.member.MemberProfile;
import app.kindred.core.member.Members;
import app.kindred.core.store.MemberData;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Member profiles on Redis: one compact binary field ("p") in the member's hash. Its forget runs last and
 * deletes every key of the member in one command, whatever the other ports left.
 */
final class RedisMembers implements Members, MemberData {

    static final byte[] FIELD = RedisStore.bytes("p");

    private final RedisStore redis;

    RedisMembers(RedisStore redis) {
        this.redis = redis;
    }

    @Override
    public Optional<MemberProfile> find(MemberId id) {
        byte[] data = redis.call(j -> j.hget(RedisStore.bytes(redis.member(id)), FIELD));
        return Optional.ofNullable(data).map(bytes -> decode(id, bytes));
    }

    @Override
    public void save(MemberProfile profile) {
        redis.run(j -> j.hset(RedisStore.bytes(redis.member(profile.id())), FIELD, encode(profile)));
    }

    @Override
    public void delete(MemberId id) {
        redis.run(j -> j.hdel(RedisStore.bytes(redis.member(id)), FIELD));
    }

    @Override
    public String section() {
        return "profile";
    }

    @Override
    public Object export(MemberId member) {
        return find(member).<Object>map(RedisMembers::describe).orElse(Map.of());
    }

    /** Deletes every key tagged with the member at once: the hash and everything beside it. */
    @Override
    public void forget(MemberId member) {
        redis.run(j -> {
            java.util.List<String> keys = new java.util.ArrayList<>(RedisMoodHistory.yearKeys(redis, j, member));
            keys.add(redis.member(member));
            keys.addAll(RedisStorePorts.memberKeyParts().stream().map(part -> redis.member(member, part)).toList());
            j.del(keys.toArray(String[]::new));
        });
    }

    static Map<String, Object> describe(MemberProfile p) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("platform", p.platform().name().toLowerCase(Locale.ROOT));
        out.put("community", p.community());
        out.put("language", p.language());
        out.put("country", p.country());
        out.put("timeZone", p.timeZone());
        out.put("createdAt", p.createdAt().toString());
        out.put("consentedAt", p.consentedAt() == null ? null : p.consentedAt().toString());
        out.put("paused", p.paused());
        out.put("unreachable", p.unreachable());
        out.put("address", "encrypted; used only to send you messages");
        return out;
    }

    static byte[] encode(MemberProfile p) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(96);
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
            out.writeByte((p.paused() ? 1 : 0) | (p.unreachable() ? 2 : 0));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static MemberProfile decode(MemberId id, byte[] data) {
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
