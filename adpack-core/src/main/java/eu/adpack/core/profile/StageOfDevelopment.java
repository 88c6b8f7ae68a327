package eu.adpack.core.profile;

import java.util.Optional;

/**
 * How far the technology or product of a profile has come, as the EEN's controlled list names the stages, from
 * concept to market. Immutable and thread-safe.
 */
public enum StageOfDevelopment {
    /** Concept stage. */
    CONCEPT_STAGE("Concept stage"),
    /** Under development. */
    UNDER_DEVELOPMENT("Under development"),
    /** Lab tested. */
    LAB_TESTED("Lab tested"),
    /** Available for demonstration. */
    AVAILABLE_FOR_DEMONSTRATION("Available for demonstration"),
    /** Already on the market. */
    ALREADY_ON_THE_MARKET("Already on the market");

    private final String label;

    StageOfDevelopment(String label) {
        this.label = label;
    }

    /**
     * Returns the label of the EEN's list.
     *
     * @return the label, e.g. {@code Lab tested}
     */
    public String label() {
        return label;
    }

    /**
     * Finds the stage of a label or constant name, ignoring case and surrounding white space.
     *
     * @param text e.g. {@code Lab tested} or {@code LAB_TESTED}
     * @return the stage, or empty when the text names none
     */
    public static Optional<StageOfDevelopment> fromLabel(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip();
        for (StageOfDevelopment s : values()) {
            if (s.label.equalsIgnoreCase(t) || s.name().equalsIgnoreCase(t.replace(' ', '_'))) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
