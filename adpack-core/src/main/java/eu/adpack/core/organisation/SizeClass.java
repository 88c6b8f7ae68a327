package eu.adpack.core.organisation;

/**
 * The size class of an organisation under the EU SME definition (Commission Recommendation 2003/361/EC). Immutable
 * and thread-safe.
 */
public enum SizeClass {
    /** Fewer than 10 staff and turnover or balance sheet total of at most €2 million. */
    MICRO,
    /** Fewer than 50 staff and turnover or balance sheet total of at most €10 million. */
    SMALL,
    /** Fewer than 250 staff and turnover of at most €50 million or balance sheet total of at most €43 million. */
    MEDIUM,
    /** Anything above the medium thresholds. */
    LARGE;

    /**
     * Tells whether the class is one of the three SME classes.
     *
     * @return {@code true} for micro, small and medium
     */
    public boolean isSme() {
        return this != LARGE;
    }
}
