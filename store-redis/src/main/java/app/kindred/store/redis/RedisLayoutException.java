package app.kindred.store.redis;

/**
 * The prefix holds keys this Kindred cannot read: written by an earlier build in another key layout, or
 * by a later one. Starting anyway would misread due check-ins and leave old mood keys that forget
 * does not know about, so the start stops instead.
 */
public final class RedisLayoutException extends RuntimeException {

    RedisLayoutException(String message) {
        super(message);
    }
}
