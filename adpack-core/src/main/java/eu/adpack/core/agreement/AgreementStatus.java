package eu.adpack.core.agreement;

import java.util.EnumSet;
import java.util.Set;

/**
 * The lifecycle of an agreement: proposed → negotiating → signed → active → completed, or cancelled from any step
 * before completion. Immutable and thread-safe.
 */
public enum AgreementStatus {
    /** Proposed by one party. */
    PROPOSED,
    /** Under negotiation. */
    NEGOTIATING,
    /** Signed by every party. */
    SIGNED,
    /** Being carried out. */
    ACTIVE,
    /** Carried out to its end. */
    COMPLETED,
    /** Abandoned before completion. */
    CANCELLED;

    /**
     * Returns the statuses this one may move to.
     *
     * @return the next statuses; empty for completed and cancelled
     */
    public Set<AgreementStatus> next() {
        switch (this) {
            case PROPOSED:
                return EnumSet.of(NEGOTIATING, CANCELLED);
            case NEGOTIATING:
                return EnumSet.of(SIGNED, CANCELLED);
            case SIGNED:
                return EnumSet.of(ACTIVE, CANCELLED);
            case ACTIVE:
                return EnumSet.of(COMPLETED, CANCELLED);
            case COMPLETED:
            case CANCELLED:
                return EnumSet.noneOf(AgreementStatus.class);
            default:
                throw new AssertionError(this);
        }
    }

    /**
     * Tells whether this status may move to another.
     *
     * @param to the other status
     * @return whether the lifecycle connects them in one step
     */
    public boolean canMoveTo(AgreementStatus to) {
        return next().contains(to);
    }

    /**
     * Tells whether the agreement has been signed at this status (signed, active or completed).
     *
     * @return whether it counts as concluded
     */
    public boolean isConcluded() {
        return this == SIGNED || this == ACTIVE || this == COMPLETED;
    }
}
