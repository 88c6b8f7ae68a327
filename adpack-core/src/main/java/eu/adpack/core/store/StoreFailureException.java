package eu.adpack.core.store;

import eu.adpack.core.AdpackException;

/**
 * Thrown when the store's database cannot be reached or fails an operation (not for stale versions or unknown
 * records, which have their own exceptions). The operation's transaction was rolled back. Immutable once thrown.
 */
public class StoreFailureException extends AdpackException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what failed, e.g. {@code store /data/adpack: cannot import partnership adpack2}
     * @param cause the database's error
     */
    public StoreFailureException(String message, Throwable cause) {
        super(message, cause);
    }
}
