package eu.adpack.core.taxonomy;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A field in which a partnership's members work, such as packaging or food. The eight sectors of AdPack² have
 * constants; a partnership may name more.
 *
 * <p>Two sectors are equal when their codes are equal; the label is for people. Immutable and thread-safe.
 *
 * @param code a stable lower-case code, e.g. {@code packaging}
 * @param label a human-readable name, e.g. {@code Packaging}
 */
public record Sector(String code, String label) {
    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]{0,63}");

    /** The final product: packaging. */
    public static final Sector PACKAGING = new Sector("packaging", "Packaging");
    /** The application market: food. */
    public static final Sector FOOD = new Sector("food", "Food");
    /** Nanotechnologies. */
    public static final Sector NANOTECHNOLOGY = new Sector("nanotechnology", "Nanotechnology");
    /** Microelectronics. */
    public static final Sector MICROELECTRONICS = new Sector("microelectronics", "Microelectronics");
    /** Software. */
    public static final Sector SOFTWARE = new Sector("software", "Software");
    /** Telecommunications. */
    public static final Sector TELECOMMUNICATIONS = new Sector("telecommunications", "Telecommunications");
    /** Plasma technologies. */
    public static final Sector PLASMA = new Sector("plasma", "Plasma technologies");
    /** New materials: plastics, polymers and biopolymers. */
    public static final Sector PLASTICS = new Sector("plastics", "Plastics, polymers and biopolymers");

    private static final List<Sector> ADPACK2 =
            List.of(PACKAGING, FOOD, NANOTECHNOLOGY, MICROELECTRONICS, SOFTWARE, TELECOMMUNICATIONS, PLASMA, PLASTICS);

    /**
     * Validates the parts.
     *
     * @throws IllegalArgumentException if the code is not lower-case letters, digits and hyphens, or the label is
     *     blank
     */
    public Sector {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(label, "label");
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException(
                    "sector code '" + code + "' is not valid: expected lower-case letters, digits and hyphens");
        }
        if (label.isBlank()) {
            throw new IllegalArgumentException("sector " + code + ": label is blank");
        }
    }

    /**
     * Returns the eight sectors of AdPack², in the order the partnership lists them.
     *
     * @return an immutable list of the eight sectors
     */
    public static List<Sector> adpack2() {
        return ADPACK2;
    }

    /**
     * Returns the sector of that code: one of the eight when the code is theirs, else a new sector labelled by its
     * code.
     *
     * @param code the sector's code
     * @return the sector
     * @throws IllegalArgumentException if the code is not valid
     */
    public static Sector of(String code) {
        for (Sector s : ADPACK2) {
            if (s.code.equals(code)) {
                return s;
            }
        }
        return new Sector(code, code);
    }

    /**
     * Two sectors are equal when their codes are.
     *
     * @param o the other object
     * @return whether it is a sector with the same code
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof Sector s && s.code.equals(code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }

    /** Returns the code. */
    @Override
    public String toString() {
        return code;
    }
}
