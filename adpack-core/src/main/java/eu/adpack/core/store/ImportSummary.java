package eu.adpack.core.store;

/**
 * What one import into a {@link ProgrammeStore} did: how many records it added, changed, found unchanged and removed.
 * An import is one transaction, so these are either all written or none. Immutable and thread-safe.
 *
 * @param inserted records that were not in the store
 * @param updated records whose content changed (their version went up by one)
 * @param unchanged records already stored as imported (their version is kept)
 * @param removed records of the partnership that the import no longer holds
 */
public record ImportSummary(long inserted, long updated, long unchanged, long removed) {
    /**
     * Validates the counts.
     *
     * @throws IllegalArgumentException if a count is negative
     */
    public ImportSummary {
        if (inserted < 0 || updated < 0 || unchanged < 0 || removed < 0) {
            throw new IllegalArgumentException("import summary: counts must not be negative");
        }
    }

    /**
     * Returns the number of records the import held.
     *
     * @return inserted + updated + unchanged
     */
    public long records() {
        return inserted + updated + unchanged;
    }

    /**
     * Adds two summaries, e.g. of the parts of one import.
     *
     * @param other the other summary
     * @return the sums
     */
    public ImportSummary plus(ImportSummary other) {
        return new ImportSummary(inserted + other.inserted, updated + other.updated, unchanged + other.unchanged,
                removed + other.removed);
    }
}
