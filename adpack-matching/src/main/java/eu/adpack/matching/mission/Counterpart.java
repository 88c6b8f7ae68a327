package eu.adpack.matching.mission;

import java.util.Objects;

/**
 * A registry profile an SME of a mission's delegation should meet in the target country: one entry of its
 * shortlist, with the two-sided match behind it. Immutable and thread-safe.
 *
 * @param id the profile's id (its reference)
 * @param score the combined match score
 * @param forward how well the profile answers what the SME seeks
 * @param backward how well the SME answers what the profile seeks
 * @param explanation the matcher's sentence on why they fit
 */
public record Counterpart(String id, double score, double forward, double backward, String explanation) {
    /**
     * Validates the parts.
     *
     * @throws NullPointerException if the id or the explanation is missing
     */
    public Counterpart {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(explanation, "explanation");
    }
}
