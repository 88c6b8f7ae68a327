package eu.adpack.core.agreement;

/** The kinds of agreement a partnership's programme produces. Immutable and thread-safe. */
public enum AgreementType {
    /** A cooperation agreement between SMEs of the partnership, typically across sectors. */
    SME_COOPERATION,
    /** A cooperation agreement between the partnership (or a cluster) and an intermediary in a target country. */
    INTERMEDIARY_COOPERATION,
    /**
     * A business partnership agreement between member SMEs and a stakeholder of a third country, for a joint
     * collaborative project.
     */
    BUSINESS_PARTNERSHIP
}
