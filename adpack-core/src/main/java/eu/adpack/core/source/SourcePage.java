package eu.adpack.core.source;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One page read from a source: the records it could map, the ones it rejected, and where the next page starts.
 *
 * <p>Immutable and thread-safe when the records are.
 *
 * @param <R> the type of record
 * @param records the good records of the page, in the source's order
 * @param rejections the records of the page that could not be mapped
 * @param warnings what was kept but is doubtful (an unknown keyword code, a legacy value mapped to a current one)
 * @param next the cursor of the page after this one, or empty when this is the last page
 */
public record SourcePage<R>(
        List<R> records, List<Rejection> rejections, List<SourceWarning> warnings, Optional<Cursor> next) {
    /** Copies the lists. */
    public SourcePage {
        records = List.copyOf(records);
        rejections = List.copyOf(rejections);
        warnings = List.copyOf(warnings);
        Objects.requireNonNull(next, "next");
    }

    /**
     * Returns a page.
     *
     * @param <R> the type of record
     * @param records the good records
     * @param rejections the rejected records
     * @param next the next page's cursor, or null when this is the last page
     * @return the page
     */
    public static <R> SourcePage<R> of(List<R> records, List<Rejection> rejections, Cursor next) {
        return new SourcePage<>(records, rejections, List.of(), Optional.ofNullable(next));
    }

    /**
     * Returns a page with warnings.
     *
     * @param <R> the type of record
     * @param records the good records
     * @param rejections the rejected records
     * @param warnings the doubtful values that were kept
     * @param next the next page's cursor, or null when this is the last page
     * @return the page
     */
    public static <R> SourcePage<R> of(List<R> records, List<Rejection> rejections, List<SourceWarning> warnings,
            Cursor next) {
        return new SourcePage<>(records, rejections, warnings, Optional.ofNullable(next));
    }

    /**
     * Tells whether this is the last page.
     *
     * @return true when no page follows
     */
    public boolean isLast() {
        return next.isEmpty();
    }
}
