package eu.adpack.adapters.files;

import eu.adpack.core.programme.Intermediary;
import eu.adpack.core.source.SourceResult;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of importing an intermediary directory: the intermediaries imported, in file order, every rejection,
 * and the figures. Its JSON form, through {@code AdpackJson}, is {@code {"intermediaries": […], "rejected": […],
 * "stats": {…}}}. Immutable and thread-safe.
 *
 * @param intermediaries the intermediaries imported
 * @param rejected the records and values that were not taken, in file order
 * @param stats the figures
 */
public record IntermediaryImport(List<Intermediary> intermediaries, List<ImportRejection> rejected,
        ImportStats stats) {
    /** Copies the lists. */
    public IntermediaryImport {
        intermediaries = List.copyOf(intermediaries);
        rejected = List.copyOf(rejected);
        Objects.requireNonNull(stats, "stats");
    }

    /**
     * Returns this import in the source SPI's form: the rejections of records that were not imported as
     * rejections, the values dropped from records that were imported as warnings, one page.
     *
     * @return the result
     */
    public SourceResult<Intermediary> toSourceResult() {
        return ImportRejection.toSourceResult(intermediaries, rejected);
    }
}
