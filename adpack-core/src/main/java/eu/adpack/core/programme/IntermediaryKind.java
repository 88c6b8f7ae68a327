package eu.adpack.core.programme;

/** The kind of an intermediary organisation in a target country. Immutable and thread-safe. */
public enum IntermediaryKind {
    /** A chamber of commerce. */
    CHAMBER_OF_COMMERCE,
    /** A trade or industry association. */
    TRADE_ASSOCIATION,
    /** A cluster organisation of the target country. */
    CLUSTER,
    /** A research organisation or technology centre. */
    RESEARCH_ORGANISATION,
    /** A university. */
    UNIVERSITY,
    /** An accelerator, incubator or innovation hub. */
    ACCELERATOR,
    /** A public agency, e.g. for trade or investment promotion. */
    PUBLIC_AGENCY,
    /** A contact point of the Enterprise Europe Network, or its counterpart in a third country. */
    EEN_CONTACT_POINT,
    /** Anything else. */
    OTHER;

    /**
     * Tells whether the kind is a research intermediary rather than a business one.
     *
     * @return {@code true} for research organisations and universities
     */
    public boolean isResearch() {
        return this == RESEARCH_ORGANISATION || this == UNIVERSITY;
    }
}
