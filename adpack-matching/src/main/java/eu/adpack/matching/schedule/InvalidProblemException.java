package eu.adpack.matching.schedule;

import eu.adpack.core.AdpackException;

/**
 * Thrown when a scheduling problem or an instance file is malformed or contradicts itself (an unknown participant, a
 * fixed slot out of range, a meeting list that disagrees with the requested meetings).
 *
 * <p>The message names the file and line where there is one, the field, the bad value and what was expected.
 * Immutable once thrown.
 */
public class InvalidProblemException extends AdpackException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what is wrong, naming the place, field, value and expectation
     */
    public InvalidProblemException(String message) {
        super(message);
    }
}
