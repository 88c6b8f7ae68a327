package eu.adpack.core;

/**
 * The unchecked base of every exception AdPack throws on purpose.
 *
 * <p>Subclasses are named for the failure (an invalid record, an unknown keyword, an unavailable registry), and
 * their messages name the record, the field, the bad value and what was expected, so that a caller can catch
 * {@code AdpackException} for "anything AdPack refused" and still show a user a precise reason.
 *
 * <p>Instances are immutable once thrown and safe to share between threads.
 */
public class AdpackException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception with a message.
     *
     * @param message what went wrong, naming the record, field and value where there is one
     */
    public AdpackException(String message) {
        super(message);
    }

    /**
     * Creates an exception with a message and the cause that led to it.
     *
     * @param message what went wrong, naming the record, field and value where there is one
     * @param cause the underlying failure
     */
    public AdpackException(String message, Throwable cause) {
        super(message, cause);
    }
}
