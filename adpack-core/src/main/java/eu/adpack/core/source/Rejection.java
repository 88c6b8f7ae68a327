package eu.adpack.core.source;

import java.util.Objects;

/**
 * A record a source could not map, with the reason, so that one bad record never stops an import.
 *
 * <p>Immutable and thread-safe.
 *
 * @param record what identifies the record: its reference or id, or {@code line N} when it has none
 * @param field the field that was wrong, or an empty string when the record as a whole could not be read
 * @param reason the bad value and what was expected, e.g. {@code '2017-13-01' is not a date (expected yyyy-MM-dd)}
 */
public record Rejection(String record, String field, String reason) {
    /**
     * Validates the parts.
     *
     * @throws IllegalArgumentException if the record or the reason is blank
     */
    public Rejection {
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(reason, "reason");
        if (record.isBlank() || reason.isBlank()) {
            throw new IllegalArgumentException("a rejection needs a record and a reason, got record '" + record
                    + "' and reason '" + reason + "'");
        }
    }

    /**
     * Returns a rejection of one field of a record.
     *
     * @param record the record's reference, id or {@code line N}
     * @param field the field, e.g. {@code datum.deadline}
     * @param reason the bad value and what was expected
     * @return the rejection
     */
    public static Rejection of(String record, String field, String reason) {
        return new Rejection(record, field, reason);
    }

    /**
     * Returns a rejection of a record as a whole.
     *
     * @param record the record's reference, id or {@code line N}
     * @param reason why it could not be read
     * @return the rejection
     */
    public static Rejection ofRecord(String record, String reason) {
        return new Rejection(record, "", reason);
    }

    /** Returns {@code record: field: reason}, the form of AdPack's error messages. */
    @Override
    public String toString() {
        return field.isEmpty() ? record + ": " + reason : record + ": " + field + ": " + reason;
    }
}
