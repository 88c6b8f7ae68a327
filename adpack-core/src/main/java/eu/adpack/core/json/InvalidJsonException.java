package eu.adpack.core.json;

import eu.adpack.core.AdpackException;

/**
 * Thrown when JSON cannot be read into AdPack's model: it is not well-formed, a value has the wrong type, or a record
 * it describes is not valid. The message is one line naming where (line, column and JSON path) and why.
 *
 * <p>Immutable once thrown.
 */
public class InvalidJsonException extends AdpackException {
    private static final long serialVersionUID = 1L;

    private final String path;

    /**
     * Creates the exception.
     *
     * @param message the one-line reason, naming the place
     * @param path the JSON path of the failing value, e.g. {@code clusters[0].members[2]}, empty at the top
     * @param cause the underlying failure
     */
    public InvalidJsonException(String message, String path, Throwable cause) {
        super(message, cause);
        this.path = path;
    }

    /**
     * Returns the JSON path of the value that failed.
     *
     * @return the path, e.g. {@code clusters[0].members[2]}, or empty when the failure is at the top
     */
    public String path() {
        return path;
    }
}
