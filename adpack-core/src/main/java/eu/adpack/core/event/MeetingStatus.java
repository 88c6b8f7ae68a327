package eu.adpack.core.event;

/** The status of a meeting. Immutable and thread-safe. */
public enum MeetingStatus {
    /** Chosen to be held, with or without a slot yet. */
    PLANNED,
    /** Took place. */
    HELD,
    /** Called off before the event. */
    CANCELLED,
    /** One side did not come. */
    NO_SHOW
}
