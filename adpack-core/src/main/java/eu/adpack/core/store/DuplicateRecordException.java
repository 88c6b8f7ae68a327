package eu.adpack.core.store;

import eu.adpack.core.AdpackException;

/**
 * Thrown when an add names a record the store already holds; an existing record is changed with an update that
 * names its version. Immutable once thrown.
 */
public class DuplicateRecordException extends AdpackException {
    private static final long serialVersionUID = 1L;

    private final String record;

    /**
     * Creates the exception.
     *
     * @param record the record, e.g. {@code organisation acme-cz of partnership adpack2}
     */
    public DuplicateRecordException(String record) {
        super(record + ": already in the store (update it with its version instead)");
        this.record = record;
    }

    /**
     * Returns the record that exists already.
     *
     * @return e.g. {@code organisation acme-cz of partnership adpack2}
     */
    public String record() {
        return record;
    }
}
