package eu.adpack.core.source;

import eu.adpack.core.AdpackException;

/**
 * Thrown when a source is asked for by name and no installed adapter provides it; the message says how to install
 * one.
 *
 * <p>Immutable and thread-safe.
 */
public class SourceNotInstalledException extends AdpackException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message the name asked for, the names installed and what to add to the class path
     */
    public SourceNotInstalledException(String message) {
        super(message);
    }
}
