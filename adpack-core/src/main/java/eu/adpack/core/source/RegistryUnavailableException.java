package eu.adpack.core.source;

import eu.adpack.core.AdpackException;

/**
 * Thrown when a registry cannot be reached or keeps failing beyond the retry budget, or refuses the request.
 *
 * <p>The message names the source, the request (never its credentials), the last status or error and how many
 * attempts were made. Immutable and thread-safe.
 */
public class RegistryUnavailableException extends AdpackException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message the source, the request without credentials, and what failed
     */
    public RegistryUnavailableException(String message) {
        super(message);
    }

    /**
     * Creates the exception with its cause.
     *
     * @param message the source, the request without credentials, and what failed
     * @param cause the last failure
     */
    public RegistryUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
