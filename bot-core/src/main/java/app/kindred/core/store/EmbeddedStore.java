package app.kindred.core.store;

import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreTool;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The embedded store: one H2 MVStore file, so Kindred runs with no server and keeps its data across
 * restarts. MVStore writes append-only chunks, so a crash loses at most the last second of writes
 * (the autocommit delay) and never corrupts the file. Each feature opens its own named maps.
 *
 * <p>Append-only also means that what a member asked Kindred to forget is gone from every map at once,
 * but its old bytes stay in earlier chunks of the file, and compacting the live file does not reliably
 * remove them. So a forget leaves a mark beside the file, and the file is rewritten with only live data
 * when the store closes, or when it next opens if Kindred stopped without closing it.
 */
public final class EmbeddedStore implements AutoCloseable {

    private static final String FILE = "kindred.mv.db";
    private static final String REWRITE_OWED = "kindred.mv.rewrite";
    private static final System.Logger LOG = System.getLogger(EmbeddedStore.class.getName());

    private final MVStore store;
    private final Path file;

    private EmbeddedStore(MVStore store, Path file) {
        this.store = store;
        this.file = file;
    }

    /** Opens (or creates) the store file in a directory, first rewriting it if a forget is still owed a rewrite. */
    public static EmbeddedStore open(Path directory) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data directory " + directory, e);
        }
        Path file = directory.resolve(FILE);
        // A rewrite cut short by a crash leaves a temporary file beside the store; this finishes or drops it.
        MVStoreTool.compactCleanUp(file.toString());
        rewriteIfOwed(file);
        MVStore store = new MVStore.Builder()
                .fileName(file.toString())
                .compress()
                .open();
        store.setAutoCommitDelay(1000);
        return new EmbeddedStore(store, file);
    }

    /** A store that lives in memory only: for tests and benchmarks. */
    public static EmbeddedStore inMemory() {
        return new EmbeddedStore(new MVStore.Builder().open(), null);
    }

    public <K, V> MVMap<K, V> map(String name) {
        return store.openMap(name);
    }

    /**
     * After a forget: marks the file to be rewritten without the forgotten bytes (first, so a crash from
     * here on still finds it owed), and commits the deletions.
     */
    public void commitForgetting() {
        if (file == null) {
            return;
        }
        try {
            Files.write(rewriteMark(file), new byte[0]);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot mark the store for a rewrite after a forget", e);
        }
        store.commit();
    }

    public boolean isOpen() {
        return !store.isClosed();
    }

    @Override
    public void close() {
        if (!store.isClosed()) {
            store.close();
            if (file != null) {
                rewriteIfOwed(file);
            }
        }
    }

    /** Rewrites a closed store file with only its live data, if a forget asked for it. */
    private static void rewriteIfOwed(Path file) {
        Path mark = rewriteMark(file);
        if (!Files.exists(mark)) {
            return;
        }
        try {
            if (Files.exists(file)) {
                long started = System.nanoTime();
                MVStoreTool.compact(file.toString(), true);
                LOG.log(System.Logger.Level.INFO, "rewrote the embedded store without forgotten data in {0} ms",
                        (System.nanoTime() - started) / 1_000_000);
            }
            Files.delete(mark);
        } catch (IOException | RuntimeException e) {
            // The rewrite goes through a temporary file, so the store itself is intact; the mark stays and the
            // next open or close tries again.
            LOG.log(System.Logger.Level.WARNING, "could not rewrite the embedded store after a forget; will retry", e);
        }
    }

    private static Path rewriteMark(Path file) {
        return file.resolveSibling(REWRITE_OWED);
    }
}
