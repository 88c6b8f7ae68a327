package eu.adpack.core.source;

import eu.adpack.core.AdpackException;

/**
 * Thrown when an input as a whole cannot be read: it is not in any format the source knows, or it is unsafe (an XML
 * document with a DTD). Single bad records are never reported this way but as {@link Rejection}s.
 *
 * <p>Immutable and thread-safe.
 */
public class UnreadableInputException extends AdpackException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message the input, where it went wrong and what was expected
     */
    public UnreadableInputException(String message) {
        super(message);
    }

    /**
     * Creates the exception with its cause.
     *
     * @param message the input, where it went wrong and what was expected
     * @param cause the parser's failure
     */
    public UnreadableInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
