package eu.adpack.adapters.files;

import eu.adpack.core.source.Rejection;
import eu.adpack.core.source.SourceResult;
import eu.adpack.core.source.SourceWarning;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A record of an imported file, or one value in it, that could not be taken, with where it is and why.
 *
 * <p>{@code line} is the physical line of the file on which the record starts (a quoted cell with line breaks makes
 * a record span several lines; the first counts). {@code field} is the column as the header names it, or the JSON
 * property; empty when the record as a whole could not be read. {@code reason} names the bad value and what was
 * expected. When {@code recordKept} is true only the value was dropped (an unknown keyword, say) and the record was
 * imported without it; otherwise the record is not in the result. It adds the line and whether the record was kept to
 * the source SPI's {@link Rejection}, to which {@link #toRejection()} converts it. Immutable and thread-safe.
 *
 * @param line the 1-based physical line on which the record starts
 * @param id the record's id when it could be read, else {@code null}
 * @param field the column or property, or an empty string for the whole record
 * @param reason the bad value and what was expected, e.g. {@code 'XX' is not a country (expected an ISO 3166-1
 *     alpha-2 code such as CZ or CA)}
 * @param recordKept whether the record was imported without the bad value
 */
public record ImportRejection(int line, String id, String field, String reason, boolean recordKept) {
    /**
     * Validates the parts.
     *
     * @throws IllegalArgumentException if the line is below 1 or the reason is blank
     */
    public ImportRejection {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(reason, "reason");
        if (line < 1) {
            throw new IllegalArgumentException("a rejection's line must be at least 1, got " + line);
        }
        if (reason.isBlank()) {
            throw new IllegalArgumentException("a rejection needs a reason");
        }
        if (id != null && id.isBlank()) {
            id = null;
        }
    }

    /**
     * Returns how the record is named in reports: {@code line 7 (acme-cz)}, or {@code line 7} when it has no id.
     *
     * @return the record's name
     */
    public String record() {
        return id == null ? "line " + line : "line " + line + " (" + id + ")";
    }

    /**
     * Returns this rejection in the source SPI's form, whose record is {@link #record()}.
     *
     * @return the rejection
     */
    public Rejection toRejection() {
        return Rejection.of(record(), field, reason);
    }

    /**
     * Puts an import in the source SPI's form: the rejections of records that were not imported as
     * {@link Rejection}s, the values dropped from records that were imported as {@link SourceWarning}s, one page.
     */
    static <T> SourceResult<T> toSourceResult(List<T> imported, List<ImportRejection> rejections) {
        List<Rejection> rejected = new ArrayList<>();
        List<SourceWarning> warnings = new ArrayList<>();
        for (ImportRejection r : rejections) {
            if (r.recordKept()) {
                warnings.add(new SourceWarning(r.record(), r.field(), r.reason()));
            } else {
                rejected.add(r.toRejection());
            }
        }
        return new SourceResult<>(imported, rejected, warnings, 1);
    }

    /** Returns {@code record: field: reason}, the form of AdPack's error messages. */
    @Override
    public String toString() {
        return field.isEmpty() ? record() + ": " + reason : record() + ": " + field + ": " + reason;
    }
}
