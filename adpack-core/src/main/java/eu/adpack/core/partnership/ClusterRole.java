package eu.adpack.core.partnership;

/** The role of a cluster in its partnership. Immutable and thread-safe. */
public enum ClusterRole {
    /** The coordinator, which signed the grant agreement for the partnership. */
    COORDINATOR,
    /** A full partner. */
    PARTNER,
    /** An associated cluster, taking part without being a grant beneficiary. */
    ASSOCIATED
}
