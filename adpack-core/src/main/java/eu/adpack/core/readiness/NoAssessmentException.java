package eu.adpack.core.readiness;

import eu.adpack.core.AdpackException;

/**
 * Thrown when an organisation has no assessment, for the market asked about and with the questionnaire asked for,
 * from which its readiness could be scored. Immutable once thrown.
 */
public class NoAssessmentException extends AdpackException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message names the organisation, the market and the questionnaire
     */
    public NoAssessmentException(String message) {
        super(message);
    }
}
