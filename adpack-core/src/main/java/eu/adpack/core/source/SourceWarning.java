package eu.adpack.core.source;

import java.util.Objects;

/**
 * A doubtful value a source kept rather than dropped, such as a keyword code its taxonomy does not know or a legacy
 * partnership type mapped onto the current list: the record is imported, and the warning says what to check.
 *
 * <p>Immutable and thread-safe.
 *
 * @param record the record's reference or id, or {@code line N}
 * @param field the field, e.g. {@code keywords}
 * @param message the value and what was done with it
 */
public record SourceWarning(String record, String field, String message) {
    /** Checks the parts are present. */
    public SourceWarning {
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }

    /** Returns {@code record: field: message}. */
    @Override
    public String toString() {
        return record + ": " + field + ": " + message;
    }
}
