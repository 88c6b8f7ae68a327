package eu.adpack.core.programme;

import eu.adpack.core.InvalidRecordException;
import eu.adpack.core.internal.Check;
import java.time.LocalDate;

/**
 * An organisation's participation in a training module. Immutable and thread-safe.
 *
 * @param moduleId the training module
 * @param organisationId the organisation
 * @param status where it stands
 * @param completedOn the day it completed the module; present exactly when completed
 */
public record TrainingParticipation(
        String moduleId, String organisationId, ParticipationStatus status, LocalDate completedOn) {
    /**
     * Validates the parts.
     *
     * @throws InvalidRecordException if a part is missing, or the completion day is missing on a completed
     *     participation or present on another
     */
    public TrainingParticipation {
        String r = "participation of " + organisationId + " in " + moduleId;
        Check.id(r, "moduleId", moduleId);
        Check.id(r, "organisationId", organisationId);
        Check.required(r, "status", status);
        if ((status == ParticipationStatus.COMPLETED) != (completedOn != null)) {
            throw new InvalidRecordException(r, "completedOn", completedOn,
                    "a day exactly when the status is COMPLETED");
        }
    }

    /**
     * Returns a completed participation.
     *
     * @param moduleId the module
     * @param organisationId the organisation
     * @param on the day of completion
     * @return the participation
     */
    public static TrainingParticipation completed(String moduleId, String organisationId, LocalDate on) {
        return new TrainingParticipation(moduleId, organisationId, ParticipationStatus.COMPLETED, on);
    }

    /**
     * Returns an enrolment.
     *
     * @param moduleId the module
     * @param organisationId the organisation
     * @return the participation
     */
    public static TrainingParticipation enrolled(String moduleId, String organisationId) {
        return new TrainingParticipation(moduleId, organisationId, ParticipationStatus.ENROLLED, null);
    }
}
