package eu.adpack.core.profile;

import java.util.Optional;

/**
 * A type and size of partner a profile seeks, as the EEN's controlled list names them. Immutable and thread-safe.
 */
public enum PartnerType {
    /** SME with at most 10 staff. */
    SME_UP_TO_10("SME <=10"),
    /** SME with 11 to 49 staff. */
    SME_11_49("SME 11-49"),
    /** SME with 50 to 249 staff. */
    SME_50_249("SME 50-249"),
    /** Big company. */
    BIG_COMPANY("Big company"),
    /** R&amp;D institution. */
    RD_INSTITUTION("R&D Institution"),
    /** University. */
    UNIVERSITY("University"),
    /** Other. */
    OTHER("Other");

    private final String label;

    PartnerType(String label) {
        this.label = label;
    }

    /**
     * Returns the label of the EEN's list.
     *
     * @return the label, e.g. {@code SME 11-49}
     */
    public String label() {
        return label;
    }

    /**
     * Finds the partner type of a label or constant name, ignoring case, surrounding and inner white space.
     *
     * @param text e.g. {@code SME <= 10}, {@code R&D Institution} or {@code UNIVERSITY}
     * @return the type, or empty when the text names none
     */
    public static Optional<PartnerType> fromLabel(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.replaceAll("\\s+", "");
        for (PartnerType p : values()) {
            if (p.label.replace(" ", "").equalsIgnoreCase(t) || p.name().equalsIgnoreCase(t)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
