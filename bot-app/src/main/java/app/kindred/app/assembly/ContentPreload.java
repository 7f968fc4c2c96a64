package app.kindred.app.assembly;

import app.kindred.core.crisis.YamlHelplineDirectory;
import app.kindred.core.crisis.screening.Screener;
import app.kindred.core.prompts.YamlPrompts;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Reads the bundled prompts, helplines and crisis rules on a background thread while Spring starts, so
 * the main thread does not parse YAML for a good part of a second. The beans take the results when
 * they need them (waiting if the thread is not done); a configured prompts folder is read as usual and
 * the preloaded prompts are simply not used.
 */
public final class ContentPreload {

    private final CompletableFuture<YamlPrompts> prompts = new CompletableFuture<>();
    private final CompletableFuture<YamlHelplineDirectory> helplines = new CompletableFuture<>();

    private ContentPreload() {
    }

    /** Starts reading; call before the Spring application runs. */
    public static ContentPreload start() {
        ContentPreload preload = new ContentPreload();
        Thread reader = new Thread(preload::readAll, "kindred-content-preload");
        reader.setDaemon(true);
        reader.start();
        return preload;
    }

    private void readAll() {
        complete(prompts, YamlPrompts::bundled);
        // Screener keeps its bundled rules itself; loading them here means the core finds them ready.
        try {
            Screener.bundled();
        } catch (RuntimeException | Error ignored) {
            // The core loads them again and reports the problem where it can be seen.
        }
        complete(helplines, YamlHelplineDirectory::bundled);
    }

    public YamlPrompts prompts() {
        return join(prompts);
    }

    public YamlHelplineDirectory helplines() {
        return join(helplines);
    }

    private static <T> void complete(CompletableFuture<T> future, java.util.function.Supplier<T> reading) {
        try {
            future.complete(reading.get());
        } catch (RuntimeException | Error e) {
            future.completeExceptionally(e);
        }
    }

    private static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw e;
        }
    }
}
