package eu.adpack.core.taxonomy;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The name of a taxonomy, such as {@code een-technology} or {@code nace}: the first half of a term's identity.
 *
 * <p>The four bundled taxonomies have constants; an integrator may name others (for example {@code naics}), as long
 * as the name is lower-case letters, digits and hyphens. Immutable and thread-safe.
 *
 * @param name the taxonomy's name, lower-case letters, digits and hyphens
 */
public record TaxonomyId(String name) implements Comparable<TaxonomyId> {
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{0,63}");

    /** EEN technology keywords. */
    public static final TaxonomyId EEN_TECHNOLOGY = new TaxonomyId("een-technology");
    /** EEN market keywords. */
    public static final TaxonomyId EEN_MARKET = new TaxonomyId("een-market");
    /** NACE Rev. 2, written as EEN writes it ({@code C.22.2.2}). */
    public static final TaxonomyId NACE = new TaxonomyId("nace");
    /** AdPack's own smart-packaging competence taxonomy. */
    public static final TaxonomyId ADPACK = new TaxonomyId("adpack");

    /**
     * Validates the name.
     *
     * @throws IllegalArgumentException if the name is not lower-case letters, digits and hyphens
     */
    public TaxonomyId {
        Objects.requireNonNull(name, "name");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException(
                    "taxonomy name '" + name + "' is not valid: expected lower-case letters, digits and hyphens");
        }
    }

    /**
     * Returns the taxonomy of that name.
     *
     * @param name the taxonomy's name
     * @return the taxonomy id
     * @throws IllegalArgumentException if the name is not valid
     */
    public static TaxonomyId of(String name) {
        return new TaxonomyId(name);
    }

    @Override
    public int compareTo(TaxonomyId other) {
        return name.compareTo(other.name);
    }

    @Override
    public String toString() {
        return name;
    }
}
