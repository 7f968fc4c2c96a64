package app.kindred.store.redis;

import app.kindred.core.member.MemberId;
import app.kindred.core.store.StoreTurn;
import app.kindred.core.store.StoreUnavailableException;
import redis.clients.jedis.AbstractPipeline;
import redis.clients.jedis.Response;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.exceptions.JedisException;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One Redis connection pool and the key layout every port shares. Keys of one member carry the member's
 * id as a hash tag ({@code k:{id}}, {@code k:{id}:m}, ...) so they live in one cluster slot and forget
 * can delete them in one command; global indexes carry their own tag ({@code k:{due}:q}) so each
 * script touches one slot only.
 *
 * <p>While a member's turn is open on a thread ({@link #beginTurn}), the store saves round trips in two
 * ways. The member's hash (profile, address, schedule, group settings, answered check-ins) is read whole
 * the first time any of it is needed and served from memory for the rest of the turn; every write to it
 * made here keeps that copy true. And writes that are idempotent and promise nothing to the member (a
 * mood score or tag, a tip seen) are held and sent in the same pipeline as the turn's next trip, or when
 * the turn ends. Outside a turn (clock jobs, tests) every call goes to Redis at once.
 */
public final class RedisStore implements AutoCloseable {

    private final UnifiedJedis jedis;
    private final String prefix;
    private final ThreadLocal<TurnState> turns = new ThreadLocal<>();
    private Runnable beforeClose = () -> { };

    public RedisStore(UnifiedJedis jedis, String prefix) {
        if (prefix.isEmpty() || prefix.contains("{") || prefix.contains("}")) {
            throw new IllegalArgumentException("a key prefix is a plain word");
        }
        this.jedis = jedis;
        this.prefix = prefix;
    }

    /** Runs commands, turning a Redis that does not answer into the core's "try again" failure. */
    <T> T call(Function<UnifiedJedis, T> commands) {
        TurnState turn = turns.get();
        if (turn != null && !turn.held.isEmpty()) {
            trip(t -> () -> null);
        }
        try {
            return commands.apply(jedis);
        } catch (JedisException e) {
            throw unavailable(e);
        }
    }

    void run(Consumer<UnifiedJedis> commands) {
        call(j -> {
            commands.accept(j);
            return null;
        });
    }

    /**
     * Sends commands in one round trip, behind whatever writes the turn is holding, and answers what the
     * returned supplier gives once the replies are in. A held script that Redis did not know is run again
     * in full after the trip, so the commands here must not depend on what held writes did.
     */
    <T> T trip(Function<Trip, Supplier<T>> commands) {
        TurnState turn = turns.get();
        List<Function<Trip, Runnable>> held = turn == null ? List.of() : turn.takeHeld();
        try {
            List<Runnable> replies = new ArrayList<>(held.size());
            Supplier<T> result;
            try (AbstractPipeline pipe = jedis.pipelined()) {
                Trip trip = new Trip(pipe, jedis);
                for (Function<Trip, Runnable> write : held) {
                    replies.add(write.apply(trip));
                }
                result = commands.apply(trip);
                pipe.sync();
            }
            replies.forEach(Runnable::run);
            return result.get();
        } catch (JedisException e) {
            throw unavailable(e);
        }
    }

    /**
     * A write that may wait: in a turn it rides with the turn's next trip (the runnable it returns sees
     * the replies then); otherwise it is sent now, in a pipeline of its own.
     */
    void hold(Function<Trip, Runnable> write) {
        TurnState turn = turns.get();
        if (turn != null) {
            turn.held.add(write);
        } else {
            trip(t -> {
                Runnable reply = write.apply(t);
                return () -> {
                    reply.run();
                    return null;
                };
            });
        }
    }

    /** Whether this thread's turn holds writes not yet sent. */
    boolean holdsWrites() {
        TurnState turn = turns.get();
        return turn != null && !turn.held.isEmpty();
    }

    /**
     * Opens a turn for a member on this thread; closing it sends the writes still held. A turn opened
     * while another is open on the thread joins the outer one.
     */
    public StoreTurn beginTurn(MemberId member) {
        if (turns.get() != null) {
            return StoreTurn.NONE;
        }
        TurnState turn = new TurnState();
        turns.set(turn);
        return () -> {
            try {
                if (!turn.held.isEmpty()) {
                    trip(t -> () -> null);
                }
            } finally {
                turns.remove();
            }
        };
    }

    /** The member's hash as a map of field to value: from this turn's copy, else read whole (and kept, in a turn). */
    Map<String, byte[]> memberFields(MemberId member) {
        TurnState turn = turns.get();
        String key = member(member);
        if (turn != null) {
            Map<String, byte[]> known = turn.hashes.get(key);
            if (known != null) {
                return known;
            }
        }
        Map<String, byte[]> fields = trip(t -> {
            Response<Map<byte[], byte[]>> all = t.pipe().hgetAll(bytes(key));
            return () -> {
                Map<String, byte[]> out = new HashMap<>();
                all.get().forEach((field, value) -> out.put(text(field), value));
                return out;
            };
        });
        if (turn != null) {
            turn.hashes.put(key, fields);
        }
        return fields;
    }

    /** One field of the member's hash; outside a turn only that field is read. */
    byte[] memberField(MemberId member, String field) {
        if (turns.get() != null) {
            return memberFields(member).get(field);
        }
        return trip(t -> t.pipe().hget(bytes(member(member)), bytes(field)));
    }

    /** Some fields of the member's hash in one trip, in the order asked (null where absent). */
    List<byte[]> memberFields(MemberId member, String... fields) {
        if (turns.get() != null) {
            Map<String, byte[]> all = memberFields(member);
            List<byte[]> out = new ArrayList<>(fields.length);
            for (String field : fields) {
                out.add(all.get(field));
            }
            return out;
        }
        byte[][] names = new byte[fields.length][];
        for (int i = 0; i < fields.length; i++) {
            names[i] = bytes(fields[i]);
        }
        return trip(t -> t.pipe().hmget(bytes(member(member)), names));
    }

    /** Writes (a null value deletes) fields of the member's hash now, and keeps this turn's copy true. */
    void writeMemberFields(MemberId member, Map<String, byte[]> changes) {
        byte[] key = bytes(member(member));
        Map<byte[], byte[]> set = new HashMap<>();
        List<byte[]> delete = new ArrayList<>();
        changes.forEach((field, value) -> {
            if (value == null) {
                delete.add(bytes(field));
            } else {
                set.put(bytes(field), value);
            }
        });
        trip(t -> {
            if (!set.isEmpty()) {
                t.pipe().hset(key, set);
            }
            if (!delete.isEmpty()) {
                t.pipe().hdel(key, delete.toArray(byte[][]::new));
            }
            return () -> null;
        });
        memberFieldsChanged(member, changes);
    }

    /** Tells this turn's copy of the member's hash what a write (a script, say) changed; null = deleted. */
    void memberFieldsChanged(MemberId member, Map<String, byte[]> changes) {
        TurnState turn = turns.get();
        Map<String, byte[]> known = turn == null ? null : turn.hashes.get(member(member));
        if (known != null) {
            changes.forEach((field, value) -> {
                if (value == null) {
                    known.remove(field);
                } else {
                    known.put(field, value);
                }
            });
        }
    }

    /** Drops this turn's copies of the member's keys, so the next read goes to Redis (after a failed compare-and-set). */
    void forgetKnown(MemberId member) {
        TurnState turn = turns.get();
        if (turn != null) {
            String tag = member(member);
            turn.hashes.remove(tag);
            turn.values.keySet().removeIf(key -> key.startsWith(tag));
        }
    }

    /** A value this turn already knows (read, or given back by a write), if any. */
    Optional<Optional<byte[]>> knownValue(String key) {
        TurnState turn = turns.get();
        return turn == null ? Optional.empty() : Optional.ofNullable(turn.values.get(key));
    }

    /** Remembers a key's value for the rest of the turn (empty = no such key); does nothing outside a turn. */
    void knowValue(String key, byte[] value) {
        TurnState turn = turns.get();
        if (turn != null) {
            turn.values.put(key, Optional.ofNullable(value));
        }
    }

    /** The member's hash: profile, address, schedule, group settings and answered check-ins, one field each. */
    public String member(MemberId member) {
        return prefix + ":{" + member.value() + "}";
    }

    /** Another key of the member's, in the same slot as their hash. */
    public String member(MemberId member, String part) {
        return member(member) + ":" + part;
    }

    /** A key of a global index; {@code area} is its hash tag. */
    String global(String area, String part) {
        return prefix + ":{" + area + "}:" + part;
    }

    /** The pattern matching every key of a member (what forget must leave empty). */
    public String memberPattern(MemberId member) {
        return prefix + ":{" + member.value() + "}*";
    }

    public String prefix() {
        return prefix;
    }

    UnifiedJedis jedis() {
        return jedis;
    }

    static byte[] bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }

    static String text(byte[] value) {
        return value == null ? null : new String(value, StandardCharsets.UTF_8);
    }

    boolean ping() {
        try {
            return "PONG".equalsIgnoreCase(jedis.ping());
        } catch (JedisException e) {
            return false;
        }
    }

    /** Something to do while the connection is still open at close (tests delete their key space). */
    void beforeClose(Runnable action) {
        this.beforeClose = action;
    }

    @Override
    public void close() {
        try {
            beforeClose.run();
        } finally {
            jedis.close();
        }
    }

    private static StoreUnavailableException unavailable(JedisException e) {
        return new StoreUnavailableException("Redis did not answer (" + e.getClass().getSimpleName() + ")", e);
    }

    /** The commands of one round trip, and the client for a script Redis must be sent in full. */
    record Trip(AbstractPipeline pipe, UnifiedJedis jedis) {

        /** Runs a script by its SHA in this trip; one Redis did not know is sent in full once the replies are in. */
        Supplier<Object> script(LuaScript script, List<byte[]> keys, List<byte[]> args) {
            return script.send(this, keys, args);
        }
    }

    /** What one member's turn on this thread has read and holds back. */
    private static final class TurnState {
        final Map<String, Map<String, byte[]>> hashes = new HashMap<>();
        final Map<String, Optional<byte[]>> values = new HashMap<>();
        final List<Function<Trip, Runnable>> held = new ArrayList<>();

        List<Function<Trip, Runnable>> takeHeld() {
            if (held.isEmpty()) {
                return List.of();
            }
            List<Function<Trip, Runnable>> out = List.copyOf(held);
            held.clear();
            return out;
        }
    }
}
