package eu.adpack.matching.pipeline;

import eu.adpack.core.agreement.AgreementStatus;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One dated step of a lead. Immutable and thread-safe.
 *
 * @param stage the stage the step belongs to
 * @param date the day of the step
 * @param reference the id of what records it: a meeting request, a meeting, an agreement
 * @param status for an agreement step, the status reached; {@code null} otherwise
 */
public record PipelineStep(PipelineStage stage, LocalDate date, String reference, AgreementStatus status) {
    /**
     * Validates the parts.
     *
     * @throws NullPointerException if the stage, date or reference is missing
     * @throws IllegalArgumentException if an agreement step has no status or another step has one
     */
    public PipelineStep {
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(reference, "reference");
        if ((stage == PipelineStage.AGREEMENT) != (status != null)) {
            throw new IllegalArgumentException("pipeline step " + reference + ": status: " + status
                    + " (expected a status exactly for agreement steps)");
        }
    }
}
