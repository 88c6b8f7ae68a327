package eu.adpack.matching.consortium;

import eu.adpack.core.taxonomy.TermId;
import java.util.List;
import java.util.Objects;

/**
 * One needed competence in a {@link ConsortiumProposal}: who covers it. Immutable and thread-safe.
 *
 * @param term the competence
 * @param label its label, or the term's code when the taxonomies do not know one
 * @param weight its weight in the project's needs
 * @param coveredBy ids of the partners that cover it; empty when the consortium leaves it uncovered
 */
public record CompetenceCover(TermId term, String label, double weight, List<String> coveredBy) {
    /**
     * Validates and copies the parts.
     *
     * @throws NullPointerException if a part is missing
     */
    public CompetenceCover {
        Objects.requireNonNull(term, "term");
        Objects.requireNonNull(label, "label");
        coveredBy = List.copyOf(coveredBy);
    }
}
