package app.kindred.core.store;

/**
 * One member's turn as the store sees it: begun before the turn's first read, closed after its last
 * write. A store may use it to read that member's small records once per turn and to send idempotent
 * writes together with the turn's next read; closing sends whatever is still held, and throws
 * {@link StoreUnavailableException} when that fails.
 */
public interface StoreTurn extends AutoCloseable {

    /** The turn of a store that needs none. */
    StoreTurn NONE = () -> { };

    @Override
    void close();
}
