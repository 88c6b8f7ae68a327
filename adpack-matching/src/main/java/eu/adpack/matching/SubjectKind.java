package eu.adpack.matching;

/**
 * What a match subject is: one of the five EEN partner-profile types, or an SME of the partnership.
 * The kind decides which subjects may meet: BO with BR, TO with TR, RDR with RDR, an SME with any registry profile,
 * and an SME with another SME. Immutable and thread-safe.
 */
public enum SubjectKind {
    /** Business offer: supplies a product or service. */
    BO,
    /** Business request: seeks a product or service. */
    BR,
    /** Technology offer: supplies a technology. */
    TO,
    /** Technology request: seeks a technology. */
    TR,
    /** R&amp;D request: seeks partners to develop something together. */
    RDR,
    /** An SME of the partnership, with what it offers and what it seeks. */
    SME;

    /**
     * Returns whether this kind is a registry profile type (everything but {@link #SME}).
     *
     * @return whether it is a registry profile
     */
    public boolean isProfile() {
        return this != SME;
    }
}
