package eu.adpack.core.store;

import eu.adpack.core.AdpackException;

/**
 * Thrown when an operation names a record the store does not hold, e.g. an update of an organisation that was never
 * added. Immutable once thrown.
 */
public class UnknownRecordException extends AdpackException {
    private static final long serialVersionUID = 1L;

    private final String record;

    /**
     * Creates the exception.
     *
     * @param record the record, e.g. {@code agreement ag-1 of partnership adpack2}
     */
    public UnknownRecordException(String record) {
        super(record + ": not in the store");
        this.record = record;
    }

    /**
     * Returns the record that was not found.
     *
     * @return e.g. {@code agreement ag-1 of partnership adpack2}
     */
    public String record() {
        return record;
    }
}
