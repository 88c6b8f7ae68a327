package eu.adpack.core.profile;

import java.util.Optional;

/**
 * The intellectual-property status of a profile's technology, as the EEN's controlled list names it. Immutable and
 * thread-safe.
 */
public enum IprStatus {
    /** No IPR applied. */
    NO_IPR_APPLIED("No IPR applied"),
    /** Secret know-how. */
    SECRET_KNOW_HOW("Secret know-how"),
    /** IPR applied but not yet granted. */
    IPR_APPLIED("IPR applied but not yet granted"),
    /** IPR granted. */
    IPR_GRANTED("IPR granted");

    private final String label;

    IprStatus(String label) {
        this.label = label;
    }

    /**
     * Returns the label of the EEN's list.
     *
     * @return the label, e.g. {@code IPR granted}
     */
    public String label() {
        return label;
    }

    /**
     * Finds the status of a label or constant name, ignoring case and surrounding white space.
     *
     * @param text e.g. {@code Secret know-how} or {@code SECRET_KNOW_HOW}
     * @return the status, or empty when the text names none
     */
    public static Optional<IprStatus> fromLabel(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip();
        for (IprStatus s : values()) {
            if (s.label.equalsIgnoreCase(t) || s.name().equalsIgnoreCase(t.replace(' ', '_').replace('-', '_'))) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
