package eu.adpack.core.organisation;

/**
 * How prepared an organisation is to enter a target market, from not started to ready, in increasing order (so
 * {@code compareTo} says which of two levels is higher). Immutable and thread-safe.
 */
public enum ReadinessLevel {
    /** No preparation for this market yet. */
    NOT_STARTED,
    /** Aware of the market: has followed an introduction, knows the rules exist. */
    AWARE,
    /** Prepared: trained on the market's regulation, culture and channels; has a plan. */
    PREPARED,
    /** Ready: has met partners or customers there, or already sells there. */
    READY;

    /**
     * Returns the higher of two levels.
     *
     * @param other the other level
     * @return the higher one
     */
    public ReadinessLevel max(ReadinessLevel other) {
        return compareTo(other) >= 0 ? this : other;
    }
}
