package eu.adpack.core;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One problem found while validating a collection of records: which rule it breaks (a stable id such as
 * {@code adpack/duplicate-id}), the record, the field, the value and a reason a person can act on.
 *
 * <p>The text form, one line, is {@code [adpack/duplicate-id] cluster nanoprogress: id: 'x' is used twice}. Ids are
 * stable across releases so that scripts and tests may rely on them. Immutable and thread-safe.
 *
 * @param id the rule's stable id, e.g. {@code adpack/duplicate-id}
 * @param record the record, e.g. {@code cluster nanoprogress}
 * @param field the field, e.g. {@code members}
 * @param value the offending value as text
 * @param message the reason, e.g. {@code names no organisation of the partnership}
 */
public record Problem(String id, String record, String field, String value, String message) {
    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]*/[a-z][a-z0-9-]*");

    /** Two records of one kind share an id. */
    public static final String DUPLICATE_ID = "adpack/duplicate-id";
    /** A reference names a record that does not exist. */
    public static final String DANGLING_REFERENCE = "adpack/dangling-reference";
    /** The coordinator cluster is not one of the member clusters. */
    public static final String COORDINATOR_NOT_MEMBER = "adpack/coordinator-not-member";
    /** Two dates are in the wrong order, e.g. an end before its start. */
    public static final String DATES_OUT_OF_ORDER = "adpack/dates-out-of-order";
    /** A date lies outside the period it must fall in, e.g. an activity outside the partnership's duration. */
    public static final String DATE_OUTSIDE_PERIOD = "adpack/date-outside-period";
    /** A record is not consistent with another one, e.g. a meeting with a participant who did not register. */
    public static final String INCONSISTENT = "adpack/inconsistent";
    /** A participant or a table is booked twice in one slot. */
    public static final String DOUBLE_BOOKED = "adpack/double-booked";
    /** An agreement's parties do not fit its type, e.g. an SME–SME agreement with a non-member. */
    public static final String AGREEMENT_PARTIES = "adpack/agreement-parties";
    /** An organisation, cluster or other record exceeds a capacity, e.g. an ambassador serving too many SMEs. */
    public static final String OVER_CAPACITY = "adpack/over-capacity";
    /** A single record is not valid on its own (reported when reading a file). */
    public static final String INVALID_RECORD = "adpack/invalid-record";

    /**
     * Validates the parts.
     *
     * @throws IllegalArgumentException if the id is not of the form {@code namespace/name}
     */
    public Problem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(field, "field");
        value = String.valueOf(value);
        Objects.requireNonNull(message, "message");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("problem id '" + id + "' is not valid: expected namespace/name");
        }
    }

    /**
     * Returns a problem.
     *
     * @param id the rule's stable id
     * @param record the record
     * @param field the field
     * @param value the offending value
     * @param message the reason
     * @return the problem
     */
    public static Problem of(String id, String record, String field, Object value, String message) {
        return new Problem(id, record, field, String.valueOf(value), message);
    }

    /** Returns the one-line text form {@code [id] record: field: 'value' message}. */
    @Override
    public String toString() {
        return "[" + id + "] " + record + ": " + field + ": '" + value + "' " + message;
    }
}
