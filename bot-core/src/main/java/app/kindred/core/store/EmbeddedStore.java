package app.kindred.core.store;

import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The embedded store: one H2 MVStore file, so Kindred runs with no server and keeps its data across
 * restarts. MVStore writes append-only chunks, so a crash loses at most the last second of writes
 * (the autocommit delay) and never corrupts the file. Each feature opens its own named maps.
 */
public final class EmbeddedStore implements AutoCloseable {

    private final MVStore store;

    private EmbeddedStore(MVStore store) {
        this.store = store;
    }

    /** Opens (or creates) the store file in a directory. */
    public static EmbeddedStore open(Path directory) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data directory " + directory, e);
        }
        MVStore store = new MVStore.Builder()
                .fileName(directory.resolve("kindred.mv.db").toString())
                .compress()
                .open();
        store.setAutoCommitDelay(1000);
        return new EmbeddedStore(store);
    }

    /** A store that lives in memory only: for tests and benchmarks. */
    public static EmbeddedStore inMemory() {
        return new EmbeddedStore(new MVStore.Builder().open());
    }

    public <K, V> MVMap<K, V> map(String name) {
        return store.openMap(name);
    }

    /** Forces everything written so far to disk (used by forget, so deletion is immediate on disk too). */
    public void commit() {
        if (store.getFileStore() != null) {
            store.commit();
        }
    }

    public boolean isOpen() {
        return !store.isClosed();
    }

    @Override
    public void close() {
        if (!store.isClosed()) {
            store.close();
        }
    }
}
