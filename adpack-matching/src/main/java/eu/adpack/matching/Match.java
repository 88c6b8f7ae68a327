package eu.adpack.matching;

import eu.adpack.core.taxonomy.Sector;
import java.util.Objects;
import java.util.Set;

/**
 * A scored, explained pair: the subject a query was made for and a partner proposed to it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param queryId the id of the subject the query was made for (A)
 * @param id the id of the proposed partner (B)
 * @param score the combined score of both directions
 * @param forward s(A→B): how well B answers what A seeks
 * @param backward s(B→A): how well A answers what B seeks
 * @param country the partner's country, for diversity re-ranking and display
 * @param sectors the partner's sectors, for diversity re-ranking and display
 * @param explanation why the pair was proposed
 */
public record Match(
        String queryId,
        String id,
        double score,
        double forward,
        double backward,
        String country,
        Set<Sector> sectors,
        Explanation explanation) {
    /**
     * Validates and copies the parts.
     *
     * @throws NullPointerException if a part is null
     */
    public Match {
        Objects.requireNonNull(queryId, "queryId");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(country, "country");
        sectors = Set.copyOf(sectors);
        Objects.requireNonNull(explanation, "explanation");
    }
}
