package eu.adpack.core.programme;

/** Where an organisation stands in a training module. Immutable and thread-safe. */
public enum ParticipationStatus {
    /** Enrolled, not finished. */
    ENROLLED,
    /** Completed: counts for readiness and for the SMEs-trained indicator. */
    COMPLETED,
    /** Left without completing. */
    DROPPED
}
