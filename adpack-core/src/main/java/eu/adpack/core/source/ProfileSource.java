package eu.adpack.core.source;

import eu.adpack.core.profile.PartnerProfile;
import java.time.Instant;

/**
 * An adapter that yields partner profiles from a registry or a file: what integrators implement to plug in a
 * registry AdPack does not ship.
 *
 * <p>Records arrive lazily, a page at a time, through a {@link PageIterator} whose {@link Cursor} lets a failed or
 * interrupted read resume without fetching earlier pages again. A record the source cannot map never stops the
 * read: it comes back as a {@link Rejection} beside the good records. Implementations are found through {@link
 * ProfileSources} ({@code ServiceLoader}) or a Guice {@code Multibinder<ProfileSource>}, and are checked by the
 * {@code ProfileSourceContract} of the {@code adpack-adapter-testkit} module.
 *
 * <p>Implementations must be thread-safe: several reads may be open at once, each iterator used by one thread.
 */
public interface ProfileSource extends AutoCloseable {

    /**
     * Returns the source's name, as used by {@link ProfileSources} and in messages, e.g. {@code een}.
     *
     * @return a short lower-case name
     */
    String name();

    /**
     * Returns what the source can be asked for.
     *
     * @return the types, filters and date windows it honours
     */
    SourceCapabilities capabilities();

    /**
     * Opens a read of the records matching a query, starting at a cursor. Nothing is fetched before the iterator's
     * first {@code hasNext()}.
     *
     * @param query what to read
     * @param from where to start: {@link Cursor#START}, or a cursor an earlier read of the same query returned
     * @return the pages, to be closed when done
     * @throws IllegalArgumentException if the query asks for something {@link #capabilities()} does not offer, or
     *     the cursor is not one of this source's
     */
    PageIterator<PartnerProfile> open(SourceQuery query, Cursor from);

    /**
     * Opens a read of the records matching a query from the start.
     *
     * @param query what to read
     * @return the pages, to be closed when done
     */
    default PageIterator<PartnerProfile> open(SourceQuery query) {
        return open(query, Cursor.START);
    }

    /**
     * Opens an incremental sync: every record changed at or after an instant, oldest change first.
     *
     * @param since the time of the last sync
     * @return the pages, to be closed when done
     * @throws IllegalArgumentException if the source cannot sync incrementally
     */
    default PageIterator<PartnerProfile> changedSince(Instant since) {
        return open(SourceQuery.changedSince(since));
    }

    /**
     * Reads every record matching a query.
     *
     * @param query what to read
     * @return the good records and the rejections
     * @throws RegistryUnavailableException when a page cannot be fetched within the retry budget
     */
    default SourceResult<PartnerProfile> readAll(SourceQuery query) {
        return SourceResult.collect(open(query));
    }

    /** Frees what the source holds (connections); the default holds nothing. */
    @Override
    default void close() {
    }
}
