package eu.adpack.core.store;

/**
 * Told of an import's progress while its transaction is still open, e.g. to show a progress bar. Called on the
 * importing thread; an exception thrown by it aborts the import and rolls it back.
 */
@FunctionalInterface
public interface ImportListener {
    /** A listener that does nothing. */
    ImportListener NONE = (written, total) -> { };

    /**
     * Called after each batch of records is written (not yet committed).
     *
     * @param written records written so far
     * @param total records the import holds
     */
    void written(long written, long total);
}
