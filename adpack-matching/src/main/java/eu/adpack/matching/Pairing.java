package eu.adpack.matching;

/**
 * A family of pairs the matcher may propose. Immutable and thread-safe.
 */
public enum Pairing {
    /** Registry profiles with their complement: BO with BR, TO with TR, RDR with RDR. */
    REGISTRY,
    /** An SME with registry profiles, restricted to the SME's target countries when it names any. */
    SME_REGISTRY,
    /** Two SMEs of the partnership, for cross-sector cooperation. */
    SME_SME
}
