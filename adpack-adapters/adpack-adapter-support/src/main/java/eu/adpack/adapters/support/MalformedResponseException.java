package eu.adpack.adapters.support;

import eu.adpack.core.AdpackException;

/**
 * Thrown by a {@link BodyParser} when a response body as a whole cannot be read, so that the client retries it.
 *
 * <p>Immutable and thread-safe.
 */
public class MalformedResponseException extends AdpackException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message where the body went wrong and what was expected
     */
    public MalformedResponseException(String message) {
        super(message);
    }

    /**
     * Creates the exception with its cause.
     *
     * @param message where the body went wrong and what was expected
     * @param cause the parser's failure
     */
    public MalformedResponseException(String message, Throwable cause) {
        super(message, cause);
    }
}
