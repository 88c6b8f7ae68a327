package eu.adpack.core.programme;

/** The kind of a mission. Immutable and thread-safe. */
public enum MissionKind {
    /** A fact-finding mission: learning a market, meeting its institutions. */
    FACT_FINDING,
    /** A business mission: a delegation of SMEs meeting prospective partners, often at a matchmaking event. */
    BUSINESS
}
