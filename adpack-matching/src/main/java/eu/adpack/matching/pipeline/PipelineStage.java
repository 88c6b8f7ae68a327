package eu.adpack.matching.pipeline;

/** How far a lead has come, in order: interest, then meeting, then agreement. Immutable and thread-safe. */
public enum PipelineStage {
    /** An expression of interest: a meeting request, or interest recorded otherwise. */
    INTEREST,
    /** The two sides met (a meeting held at an event, or recorded otherwise). */
    MEETING,
    /** An agreement was proposed; its status says how far it went. */
    AGREEMENT
}
