package eu.adpack.matching.consortium;

import eu.adpack.core.taxonomy.TermId;
import java.util.Objects;

/**
 * A competence a joint project needs, with its weight. Immutable and thread-safe.
 *
 * @param term the competence, usually a term of AdPack's smart-packaging taxonomy
 * @param weight how much covering it is worth, a finite number &gt; 0
 */
public record NeededCompetence(TermId term, double weight) {
    /**
     * Validates the parts.
     *
     * @throws IllegalArgumentException if the term is missing or the weight is not a finite number above 0
     */
    public NeededCompetence {
        if (term == null) {
            throw new IllegalArgumentException("needed competence: term: missing (expected e.g. adpack:AP.07.04)");
        }
        if (!(weight > 0) || Double.isInfinite(weight)) {
            throw new IllegalArgumentException("needed competence " + term + ": weight: " + weight
                    + " is not valid: expected a finite number > 0");
        }
        Objects.requireNonNull(term, "term");
    }
}
