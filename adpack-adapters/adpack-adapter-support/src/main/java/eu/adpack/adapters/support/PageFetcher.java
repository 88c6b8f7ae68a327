package eu.adpack.adapters.support;

import eu.adpack.core.source.Cursor;
import eu.adpack.core.source.SourcePage;

/**
 * Fetches the page at a cursor: the one piece an adapter writes to get a {@link PagingIterator}.
 *
 * <p>Implementations need not be thread-safe, as a read calls its fetcher from one thread at a time; they must be safe
 * to call again with the same cursor after a failure.
 *
 * @param <R> the type of record
 */
@FunctionalInterface
public interface PageFetcher<R> {
    /**
     * Fetches a page.
     *
     * @param at where the page starts; {@link Cursor#START} for the first page
     * @return the page, with the cursor of the next one unless it is the last
     * @throws eu.adpack.core.source.RegistryUnavailableException when the page cannot be fetched
     */
    SourcePage<R> fetch(Cursor at);
}
