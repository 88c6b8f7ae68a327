package eu.adpack.adapters.files;

import eu.adpack.core.source.ImportDocument;
import eu.adpack.core.source.Rejection;
import eu.adpack.core.source.SourceResult;
import eu.adpack.core.source.SourceWarning;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of importing a cluster directory: the entries imported, in file order, every rejection, and the
 * figures. Immutable and thread-safe.
 *
 * @param clusters the entries imported
 * @param rejections the records and values that were not taken, in file order
 * @param stats the figures
 */
public record ClusterImport(List<ClusterDirectoryEntry> clusters, List<ImportRejection> rejections,
        ImportStats stats) {
    /** Copies the lists. */
    public ClusterImport {
        clusters = List.copyOf(clusters);
        rejections = List.copyOf(rejections);
        Objects.requireNonNull(stats, "stats");
    }

    /**
     * Returns this import in the source SPI's form: the rejections of records that were not imported as
     * {@link Rejection}s, the values dropped from records that were imported as {@link SourceWarning}s, one page.
     *
     * @return the result
     */
    public SourceResult<ClusterDirectoryEntry> toSourceResult() {
        return ImportRejection.toSourceResult(clusters, rejections);
    }

    /**
     * Returns this import as the document {@code {"clusters": [...], "rejected": [...], "stats": {...}}} that
     * {@code adpack import clusters} prints: every rejection, dropped values
     * included, as a {@link Rejection}.
     *
     * @return the document, to write with {@code AdpackJson.writeImport}
     */
    public ImportDocument<ClusterDirectoryEntry, FileImportFigures> toDocument() {
        return new ImportDocument<>("clusters", clusters, rejections.stream().map(ImportRejection::toRejection).toList(),
                FileImportFigures.ofClusters(stats));
    }
}
