package eu.adpack.matching.pipeline;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What {@code adpack pipeline} prints: the funnel, every lead that matched the query, and the stalled ones, as of a
 * reference day. Its JSON form is the record as Jackson writes it and reads back equal. Immutable and thread-safe.
 *
 * @param asOf the reference day
 * @param stalledDays after how many days without change an open lead counts as stalled
 * @param funnel the funnel over the matching leads
 * @param leads the matching leads, by id
 * @param stalled the ids of the stalled ones among them
 */
public record PipelineView(LocalDate asOf, int stalledDays, PipelineFunnel funnel, List<Lead> leads,
        List<String> stalled) {
    /**
     * Validates and copies the parts.
     *
     * @throws NullPointerException if a part is missing
     */
    public PipelineView {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(funnel, "funnel");
        leads = List.copyOf(leads);
        stalled = List.copyOf(stalled);
    }
}
