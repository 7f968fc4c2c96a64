package app.kindred.web;

import app.kindred.core.contract.Inbound;
import app.kindred.core.delivery.Dispatch;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Hands lifecycle events the web chat notices (a member unreachable, a space it cannot open) back to
 * Kindred on a thread of its own, so they run after the delivery that caused them, never inside it.
 */
final class LifecycleReports implements Consumer<Inbound>, AutoCloseable {

    private static final System.Logger LOG = System.getLogger(LifecycleReports.class.getName());

    private final Supplier<Dispatch> dispatch;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "web-chat-reports");
        thread.setDaemon(true);
        return thread;
    });

    LifecycleReports(Supplier<Dispatch> dispatch) {
        this.dispatch = dispatch;
    }

    @Override
    public void accept(Inbound event) {
        executor.execute(() -> {
            try {
                dispatch.get().submit(event);
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.ERROR, "a web chat report could not be handled: "
                        + event.getClass().getSimpleName(), e);
            }
        });
    }

    @Override
    public void close() {
        executor.shutdown();
    }
}
