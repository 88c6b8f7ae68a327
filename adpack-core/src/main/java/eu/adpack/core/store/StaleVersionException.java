package eu.adpack.core.store;

import eu.adpack.core.AdpackException;

/**
 * Thrown when a write names a version of a record that is no longer its current one: someone else changed the record
 * since it was read. Nothing was written; the caller reloads the record, applies its change again and retries.
 *
 * <p>The message reads {@code <record>: version <expected> is stale (the store holds version <actual>); reload and
 * retry}. Immutable once thrown.
 */
public class StaleVersionException extends AdpackException {
    private static final long serialVersionUID = 1L;

    private final String record;
    private final long expected;
    private final long actual;

    /**
     * Creates the exception.
     *
     * @param record the record, e.g. {@code organisation acme-cz of partnership adpack2}
     * @param expected the version the write was based on
     * @param actual the version the store holds
     */
    public StaleVersionException(String record, long expected, long actual) {
        super(record + ": version " + expected + " is stale (the store holds version " + actual
                + "); reload and retry");
        this.record = record;
        this.expected = expected;
        this.actual = actual;
    }

    /**
     * Returns the record whose write was refused.
     *
     * @return e.g. {@code organisation acme-cz of partnership adpack2}
     */
    public String record() {
        return record;
    }

    /**
     * Returns the version the write was based on.
     *
     * @return the stale version
     */
    public long expected() {
        return expected;
    }

    /**
     * Returns the version the store holds.
     *
     * @return the current version
     */
    public long actual() {
        return actual;
    }
}
