package eu.adpack.core.event;

/** The status of a meeting request. Immutable and thread-safe. */
public enum RequestStatus {
    /** Sent, not yet answered. */
    PENDING,
    /** Accepted by the target (or auto-accepted): a candidate for the schedule. */
    ACCEPTED,
    /** Declined by the target. */
    DECLINED,
    /** Not answered in time. */
    EXPIRED,
    /** Withdrawn by the requester or the organiser. */
    CANCELLED
}
