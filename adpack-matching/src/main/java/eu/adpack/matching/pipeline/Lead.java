package eu.adpack.matching.pipeline;

import eu.adpack.core.agreement.AgreementStatus;
import eu.adpack.core.agreement.AgreementType;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/**
 * A lead of the pipeline: an SME of the partnership and its counterparts, from the first expression of interest to
 * an agreement, with every dated step. Immutable and thread-safe.
 *
 * @param id the lead's id: the agreement's id once there is one, else the two parties' ids joined by {@code ~}
 * @param sme the SME of the partnership the lead belongs to
 * @param parties every party, the SME first
 * @param cluster the SME's cluster, or {@code null}
 * @param country the counterpart's country, ISO 3166-1 alpha-2, or {@code null} when unknown
 * @param type the agreement's type, or the type an agreement between these parties would have
 * @param agreementId the agreement's id, or {@code null} before there is one
 * @param status the agreement's current status, or {@code null} before there is one
 * @param steps the steps, oldest first
 */
public record Lead(String id, String sme, List<String> parties, String cluster, String country, AgreementType type,
        String agreementId, AgreementStatus status, List<PipelineStep> steps) {
    /**
     * Validates and copies the parts.
     *
     * @throws NullPointerException if a required part is missing
     */
    public Lead {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(sme, "sme");
        parties = List.copyOf(parties);
        Objects.requireNonNull(type, "type");
        steps = List.copyOf(steps);
    }

    /**
     * Returns the furthest stage the lead reached.
     *
     * @return the stage
     */
    public PipelineStage stage() {
        PipelineStage s = PipelineStage.INTEREST;
        for (PipelineStep st : steps) {
            if (st.stage().compareTo(s) > 0) {
                s = st.stage();
            }
        }
        return s;
    }

    /**
     * Returns the day of the latest step.
     *
     * @return the day
     */
    public LocalDate lastChange() {
        return steps.stream().map(PipelineStep::date).max(LocalDate::compareTo).orElseThrow();
    }

    /**
     * Tells whether the lead has reached a stage.
     *
     * @param stage the stage
     * @return whether a step of that stage is recorded
     */
    public boolean reached(PipelineStage stage) {
        return steps.stream().anyMatch(s -> s.stage() == stage);
    }

    /**
     * Tells whether the lead converted: its agreement was signed (signed, active or completed).
     *
     * @return whether it is concluded
     */
    public boolean converted() {
        return status != null && status.isConcluded();
    }

    /**
     * Tells whether the lead has stalled: it is still open (no agreement, or one proposed or under negotiation) and
     * nothing changed for at least {@code days} days before {@code asOf}.
     *
     * @param asOf the reference day
     * @param days the number of days, at least 1
     * @return whether it stalled
     */
    public boolean stalled(LocalDate asOf, int days) {
        boolean open = status == null || status == AgreementStatus.PROPOSED || status == AgreementStatus.NEGOTIATING;
        return open && ChronoUnit.DAYS.between(lastChange(), asOf) >= days;
    }
}
