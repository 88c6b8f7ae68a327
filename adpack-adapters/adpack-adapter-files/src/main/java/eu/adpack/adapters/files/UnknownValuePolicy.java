package eu.adpack.adapters.files;

/**
 * What an import does with one unknown value in a multi-valued cell (a keyword, NACE code, sector, value-chain stage,
 * target country, language or readiness entry that does not resolve). Single-valued cells that are wrong (country,
 * size, a figure) always reject their record. Immutable and thread-safe.
 */
public enum UnknownValuePolicy {
    /**
     * Import the record without the value and report the value as an {@link ImportRejection} with
     * {@code recordKept} true: a cluster manager keeps the member and fixes a typo in one keyword later. The default.
     */
    DROP_AND_REPORT,
    /** Reject the whole record, for imports where a member without all its keywords must not be matched. */
    REJECT_RECORD
}
