package eu.adpack.core.agreement;

import eu.adpack.core.internal.Check;
import java.time.LocalDate;

/**
 * One step of an agreement's lifecycle: the status reached and the day it was reached. Immutable and thread-safe.
 *
 * @param status the status reached
 * @param date the day
 */
public record StatusChange(AgreementStatus status, LocalDate date) {
    /**
     * Validates the parts.
     *
     * @throws eu.adpack.core.InvalidRecordException if a part is missing
     */
    public StatusChange {
        Check.required("status change", "status", status);
        Check.required("status change " + status, "date", date);
    }

    /**
     * Returns a step.
     *
     * @param status the status
     * @param date the day
     * @return the step
     */
    public static StatusChange of(AgreementStatus status, LocalDate date) {
        return new StatusChange(status, date);
    }
}
