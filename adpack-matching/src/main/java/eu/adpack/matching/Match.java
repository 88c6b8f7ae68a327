package eu.adpack.matching;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import eu.adpack.core.taxonomy.Sector;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A scored, explained pair: the subject a query was made for and a partner proposed to it.
 *
 * <p>Its JSON form, through {@code AdpackJson}'s mapper, is the record as it is: {@code {"id", "score",
 * "forward", "backward", "explanation": {"features": [{"name", "contribution", "evidence", "forward",
 * "backward"}], "text"}, "queryId", "country", "sectors"}}, sectors as their codes in code order; it reads back
 * to an equal match.
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
@JsonPropertyOrder({"id", "score", "forward", "backward", "explanation", "queryId", "country", "sectors"})
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
        List<Sector> sorted = new java.util.ArrayList<>(sectors);
        sorted.sort(Comparator.comparing(Sector::code));
        sectors = Collections.unmodifiableSet(new LinkedHashSet<>(sorted));
        Objects.requireNonNull(explanation, "explanation");
    }
}
