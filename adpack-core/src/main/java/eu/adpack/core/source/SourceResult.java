package eu.adpack.core.source;

import java.util.ArrayList;
import java.util.List;

/**
 * Everything a read of a source gave: the good records and the rejections, so that the caller sees both.
 *
 * <p>Immutable and thread-safe when the records are.
 *
 * @param <R> the type of record
 * @param records the records that were mapped, in the source's order
 * @param rejections the records that were not, with their reasons
 * @param warnings the doubtful values that were kept
 * @param pages the number of pages read
 */
public record SourceResult<R>(List<R> records, List<Rejection> rejections, List<SourceWarning> warnings, int pages) {
    /**
     * Copies the lists.
     *
     * @throws IllegalArgumentException if pages is negative
     */
    public SourceResult {
        records = List.copyOf(records);
        rejections = List.copyOf(rejections);
        warnings = List.copyOf(warnings);
        if (pages < 0) {
            throw new IllegalArgumentException("pages " + pages + " is negative");
        }
    }

    /**
     * Reads every remaining page of an iterator and closes it.
     *
     * @param <R> the type of record
     * @param pages the pages to read
     * @return the records and rejections of all pages
     * @throws RegistryUnavailableException when a page cannot be fetched within the retry budget
     */
    public static <R> SourceResult<R> collect(PageIterator<R> pages) {
        List<R> records = new ArrayList<>();
        List<Rejection> rejections = new ArrayList<>();
        List<SourceWarning> warnings = new ArrayList<>();
        int count = 0;
        try (pages) {
            while (pages.hasNext()) {
                SourcePage<R> page = pages.next();
                records.addAll(page.records());
                rejections.addAll(page.rejections());
                warnings.addAll(page.warnings());
                count++;
            }
        }
        return new SourceResult<>(records, rejections, warnings, count);
    }
}
