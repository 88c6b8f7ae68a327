package eu.adpack.adapters.files;

import eu.adpack.core.source.ImportDocument;
import eu.adpack.core.source.Rejection;
import eu.adpack.core.source.SourceResult;
import eu.adpack.core.source.SourceWarning;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of importing a member list: the members that were imported, in file order, every rejection, and the
 * figures. Immutable and thread-safe.
 *
 * @param members the members imported
 * @param rejections the records and values that were not taken, in file order
 * @param stats the figures
 */
public record MemberImport(List<Member> members, List<ImportRejection> rejections, ImportStats stats) {
    /** Copies the lists. */
    public MemberImport {
        members = List.copyOf(members);
        rejections = List.copyOf(rejections);
        Objects.requireNonNull(stats, "stats");
    }

    /**
     * Returns this import in the source SPI's form: the rejections of records that were not imported as
     * {@link Rejection}s, the values dropped from records that were imported as {@link SourceWarning}s, one page.
     *
     * @return the result
     */
    public SourceResult<Member> toSourceResult() {
        return ImportRejection.toSourceResult(members, rejections);
    }

    /**
     * Returns this import as the document {@code {"organisations": [...], "rejected": [...], "stats": {...}}} that
     * {@code adpack import members} prints: every rejection, dropped values
     * included, as a {@link Rejection}.
     *
     * @return the document, to write with {@code AdpackJson.writeImport}
     */
    public ImportDocument<Member, FileImportFigures> toDocument() {
        return new ImportDocument<>("organisations", members, rejections.stream().map(ImportRejection::toRejection).toList(),
                FileImportFigures.ofMembers(stats));
    }
}
