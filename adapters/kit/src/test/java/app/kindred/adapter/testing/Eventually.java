package app.kindred.adapter.testing;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Waiting in an adapter test for what Kindred does on its own threads (the outbox, inbound lanes, the
 * SDK's): it looks every 20 ms and gives up after 15 s, long enough for a busy shared machine.
 */
public final class Eventually {

    private static final Duration PATIENCE = Duration.ofSeconds(15);

    private Eventually() {
    }

    /** The short wait between two looks. */
    public static void pause() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    public static void until(BooleanSupplier condition) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the condition never came true");
            }
            pause();
        }
    }

    /**
     * Looks until {@code look} finds something, and returns it.
     *
     * @param look    what was found, or null while there is nothing yet
     * @param failure what the test failure says when nothing came
     */
    public static <T> T found(Supplier<T> look, Supplier<String> failure) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            T found = look.get();
            if (found != null) {
                return found;
            }
            pause();
        }
        throw new AssertionError(failure.get());
    }
}
