package eu.adpack.matching;

import eu.adpack.core.AdpackException;

/**
 * Thrown when a matcher is asked about a subject id it does not hold. Immutable once thrown.
 */
public final class UnknownSubjectException extends AdpackException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param id the unknown id
     */
    public UnknownSubjectException(String id) {
        super("match subject '" + id + "': no such subject in the matcher (expected the id of an added subject)");
    }
}
