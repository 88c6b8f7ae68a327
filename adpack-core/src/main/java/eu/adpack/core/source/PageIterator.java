package eu.adpack.core.source;

import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * A lazy, forward-only read of a source, one page at a time, that remembers where it is.
 *
 * <p>A page is fetched only when {@link #hasNext()} needs it. When fetching fails (the registry stays unavailable
 * beyond the retry budget), {@code hasNext()} throws and the iterator stays on the last good page: calling it again
 * tries the same page again, and {@link #cursor()} is the position to resume from in a new read. After {@link
 * #close()} no request is made any more and {@code hasNext()} returns false.
 *
 * <p>Not thread-safe: one thread reads an iterator.
 *
 * @param <R> the type of record
 */
public interface PageIterator<R> extends Iterator<SourcePage<R>>, AutoCloseable {

    /**
     * Returns the position after the last page returned by {@link #next()}: a read opened at this cursor starts with
     * the page that has not been returned yet. Once the last page has been returned ({@link #isComplete()}) the
     * cursor stays on that last page, so that a later read from it sees what the registry appended since.
     *
     * @return the resume position; {@link Cursor#START} before the first page
     */
    Cursor cursor();

    /**
     * Tells whether the source has given its last page.
     *
     * @return true once the last page has been returned
     */
    boolean isComplete();

    /**
     * Fetches the next page if needed and tells whether there is one.
     *
     * @return true when {@link #next()} will return a page
     * @throws RegistryUnavailableException when the page cannot be fetched within the retry budget
     */
    @Override
    boolean hasNext();

    /**
     * Returns the next page and moves the cursor past it.
     *
     * @return the next page
     * @throws NoSuchElementException when there is no page left or the iterator is closed
     * @throws RegistryUnavailableException when the page cannot be fetched within the retry budget
     */
    @Override
    SourcePage<R> next();

    /** Stops reading and frees what the read holds (open files, pending responses); idempotent. */
    @Override
    void close();
}
