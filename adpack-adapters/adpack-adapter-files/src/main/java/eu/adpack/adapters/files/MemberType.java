package eu.adpack.adapters.files;

/**
 * A kind of member a cluster organisation counts in the European Cluster Collaboration Platform's directory.
 * Immutable and thread-safe.
 */
public enum MemberType {
    /** Small and medium-sized enterprises. */
    SME,
    /** Large companies. */
    LARGE_COMPANY,
    /** Research and technology organisations. */
    RESEARCH_ORGANISATION,
    /** Universities and other higher-education bodies. */
    UNIVERSITY,
    /** Public authorities, chambers, financial and other bodies. */
    OTHER
}
