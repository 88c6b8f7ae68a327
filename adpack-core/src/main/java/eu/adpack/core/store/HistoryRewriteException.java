package eu.adpack.core.store;

import eu.adpack.core.AdpackException;

/**
 * Thrown when an import would rewrite or drop status changes an agreement already went through in the store: the
 * store only appends to an agreement's history. Nothing of the import was written. Immutable once thrown.
 */
public class HistoryRewriteException extends AdpackException {
    private static final long serialVersionUID = 1L;

    private final String record;

    /**
     * Creates the exception.
     *
     * @param record the agreement, e.g. {@code agreement ag-1 of partnership adpack2}
     * @param why what the import would lose, e.g. {@code step 2 SIGNED on 2019-06-12 would become NEGOTIATING}
     */
    public HistoryRewriteException(String record, String why) {
        super(record + ": " + why + " (the store only appends status changes)");
        this.record = record;
    }

    /**
     * Returns the agreement whose history the import would rewrite.
     *
     * @return e.g. {@code agreement ag-1 of partnership adpack2}
     */
    public String record() {
        return record;
    }
}
