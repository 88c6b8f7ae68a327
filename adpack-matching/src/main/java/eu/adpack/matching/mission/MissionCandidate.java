package eu.adpack.matching.mission;

import java.util.List;
import java.util.Objects;

/**
 * One SME considered for a mission's delegation: the numbers it was judged on, whether it was selected, and why in
 * words. Immutable and thread-safe.
 *
 * @param organisationId the SME's id
 * @param cluster the id of its cluster
 * @param sectors codes of its sectors
 * @param readiness its readiness for the country, in [0, 1]
 * @param goodMatches how many of the country's profiles match it at least at the planner's minimum score, counted
 *     among its best matches up to the planner's count limit
 * @param bestScore the score of its best match in the country, 0 when none
 * @param fit its market fit: the sum of the scores of its shortlist
 * @param value what it brings to the mission: {@code fit × (0.25 + 0.75 × readiness)}
 * @param selected whether it is in the delegation
 * @param reason why it is in or out, naming the numbers
 * @param shortlist the counterparts it should meet there, best first (also given to SMEs left out, for reference)
 */
public record MissionCandidate(
        String organisationId,
        String cluster,
        List<String> sectors,
        double readiness,
        int goodMatches,
        double bestScore,
        double fit,
        double value,
        boolean selected,
        String reason,
        List<Counterpart> shortlist) {
    /**
     * Validates and copies the parts.
     *
     * @throws NullPointerException if a part is missing
     */
    public MissionCandidate {
        Objects.requireNonNull(organisationId, "organisationId");
        Objects.requireNonNull(cluster, "cluster");
        sectors = List.copyOf(sectors);
        Objects.requireNonNull(reason, "reason");
        shortlist = List.copyOf(shortlist);
    }
}
