package eu.adpack.matching.report;

import java.time.LocalDate;
import java.util.List;

/**
 * One mission in a {@link ProgrammeReport}. Immutable and thread-safe.
 *
 * @param id its id
 * @param kind {@code FACT_FINDING} or {@code BUSINESS}
 * @param title its title
 * @param country its destination, ISO 3166-1 alpha-2
 * @param start its first day
 * @param end its last day
 * @param delegation the ids of the organisations that went
 */
public record MissionSummary(String id, String kind, String title, String country, LocalDate start, LocalDate end,
        List<String> delegation) {
    /** Copies the delegation. */
    public MissionSummary {
        delegation = List.copyOf(delegation);
    }
}
