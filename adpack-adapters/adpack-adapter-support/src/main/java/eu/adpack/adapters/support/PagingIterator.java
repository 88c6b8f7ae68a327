package eu.adpack.adapters.support;

import eu.adpack.core.source.Cursor;
import eu.adpack.core.source.PageIterator;
import eu.adpack.core.source.SourcePage;
import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * A {@link PageIterator} over a {@link PageFetcher}: it fetches a page only when asked, and when a fetch fails it
 * stays on the last good page, so that asking again (or opening a new iterator at {@link #cursor()}) goes on from
 * there without fetching earlier pages again.
 *
 * <p>Not thread-safe.
 *
 * @param <R> the type of record
 */
public final class PagingIterator<R> implements PageIterator<R> {
    private final PageFetcher<R> fetcher;
    private final Runnable onClose;
    private Cursor cursor;
    private SourcePage<R> pending;
    private boolean complete;
    private boolean closed;

    private PagingIterator(Cursor start, PageFetcher<R> fetcher, Runnable onClose) {
        this.cursor = Objects.requireNonNull(start, "start");
        this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
        this.onClose = Objects.requireNonNull(onClose, "onClose");
    }

    /**
     * Returns an iterator starting at a cursor.
     *
     * @param <R> the type of record
     * @param start where to start; {@link Cursor#START} for the first page
     * @param fetcher fetches one page
     * @return the iterator
     */
    public static <R> PagingIterator<R> of(Cursor start, PageFetcher<R> fetcher) {
        return new PagingIterator<>(start, fetcher, () -> { });
    }

    /**
     * Returns an iterator starting at a cursor that runs an action when closed.
     *
     * @param <R> the type of record
     * @param start where to start
     * @param fetcher fetches one page
     * @param onClose frees what the read holds, run once on {@link #close()}
     * @return the iterator
     */
    public static <R> PagingIterator<R> of(Cursor start, PageFetcher<R> fetcher, Runnable onClose) {
        return new PagingIterator<>(start, fetcher, onClose);
    }

    @Override
    public Cursor cursor() {
        return cursor;
    }

    @Override
    public boolean isComplete() {
        return complete;
    }

    @Override
    public boolean hasNext() {
        if (closed || complete) {
            return false;
        }
        if (pending == null) {
            pending = fetcher.fetch(cursor);
        }
        return true;
    }

    @Override
    public SourcePage<R> next() {
        if (!hasNext()) {
            throw new NoSuchElementException(closed ? "the read is closed" : "no page left after " + cursor);
        }
        SourcePage<R> page = pending;
        pending = null;
        if (page.isLast()) {
            complete = true;
        } else {
            cursor = page.next().orElseThrow();
        }
        return page;
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            pending = null;
            onClose.run();
        }
    }
}
