package app.kindred.core.store;

/** The store cannot be reached or failed; the member is told to try again, and nothing is lost. */
public class StoreUnavailableException extends RuntimeException {

    public StoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
