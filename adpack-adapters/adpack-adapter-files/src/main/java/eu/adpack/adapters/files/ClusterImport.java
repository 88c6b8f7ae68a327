package eu.adpack.adapters.files;

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
}
