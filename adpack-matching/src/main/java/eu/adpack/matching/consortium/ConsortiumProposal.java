package eu.adpack.matching.consortium;

import java.util.List;

/**
 * One proposed consortium: its partners, who covers which competence, and its value. Immutable and thread-safe.
 *
 * @param rank 1 for the best proposal
 * @param value {@code coverage + cohesionWeight × cohesion}, what the search maximises
 * @param coverage the summed weight of the needed competences covered
 * @param coverageShare {@code coverage} over the summed weight of all needed competences
 * @param cohesion the mean two-sided match score over the pairs of partners (0 for a single partner)
 * @param partners the partners, in the order they were chosen
 * @param competences every needed competence with the partners covering it
 */
public record ConsortiumProposal(int rank, double value, double coverage, double coverageShare, double cohesion,
        List<ConsortiumPartner> partners, List<CompetenceCover> competences) {
    /** Copies the lists. */
    public ConsortiumProposal {
        partners = List.copyOf(partners);
        competences = List.copyOf(competences);
    }
}
