package app.kindred.store.redis;

import app.kindred.core.groups.GroupBytes;
import app.kindred.core.groups.GroupMember;
import app.kindred.core.groups.GroupMembers;
import app.kindred.core.member.MemberId;

import java.util.Arrays;
import java.util.ConcurrentModificationException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

import static app.kindred.store.redis.RedisStore.bytes;

/**
 * Group member records on Redis: one binary field ("g") in the member's hash, changed by compare-and-set
 * (a script writes only if the field still holds what was read), so two instances never lose a change.
 */
final class RedisGroupMembers implements GroupMembers {

    private static final String FIELD = "g";

    /** KEYS[1] hash; ARGV[1] field, ARGV[2] expected ('' = absent), ARGV[3] new value ('' = delete). */
    private static final LuaScript SWAP = new LuaScript("""
            local now = redis.call('HGET', KEYS[1], ARGV[1]) or ''
            if now ~= ARGV[2] then return 0 end
            if ARGV[3] == '' then redis.call('HDEL', KEYS[1], ARGV[1]) else redis.call('HSET', KEYS[1], ARGV[1], ARGV[3]) end
            return 1""");

    private final RedisStore redis;

    RedisGroupMembers(RedisStore redis) {
        this.redis = redis;
    }

    @Override
    public Optional<GroupMember> find(MemberId id) {
        return Optional.ofNullable(raw(id)).map(data -> GroupBytes.decodeMember(id, data));
    }

    @Override
    public GroupMember update(MemberId id, UnaryOperator<GroupMember> change) {
        for (int attempt = 0; attempt < 16; attempt++) {
            byte[] before = raw(id);
            GroupMember current = before == null ? GroupMember.empty(id) : GroupBytes.decodeMember(id, before);
            GroupMember after = change.apply(current);
            if (after.equals(current) && !(after.isEmpty() && before != null)) {
                return after;
            }
            byte[] stored = after.isEmpty() ? new byte[0] : GroupBytes.encode(after);
            byte[] expected = before == null ? new byte[0] : before;
            if (Arrays.equals(stored, expected)) {
                return after;
            }
            Object swapped = redis.trip(t -> t.script(SWAP, List.of(bytes(redis.member(id))),
                    List.of(bytes(FIELD), expected, stored)));
            if (Long.valueOf(1).equals(swapped)) {
                Map<String, byte[]> written = new HashMap<>();
                written.put(FIELD, stored.length == 0 ? null : stored);
                redis.memberFieldsChanged(id, written);
                return after;
            }
            // Someone else changed it since this turn read it: read it afresh.
            redis.forgetKnown(id);
        }
        throw new ConcurrentModificationException("member " + id + "'s group record kept changing under an update");
    }

    @Override
    public void forget(MemberId member) {
        Map<String, byte[]> change = new HashMap<>();
        change.put(FIELD, null);
        redis.writeMemberFields(member, change);
    }

    private byte[] raw(MemberId id) {
        return redis.memberField(id, FIELD);
    }
}
