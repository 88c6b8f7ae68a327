package eu.adpack.core;

/**
 * Thrown when a record cannot be built because one of its fields holds a value the model refuses.
 *
 * <p>The message reads {@code <record>: <field>: '<value>' <reason> (expected <expected>)}, for example
 * {@code profile BOCN20160720001: title: '…' is too long (expected at most 256 characters)}. Immutable once thrown.
 */
public class InvalidRecordException extends AdpackException {
    private static final long serialVersionUID = 1L;

    private final String record;
    private final String field;
    private final String value;
    private final String expected;
    private final String reason;

    /**
     * Creates the exception with the standard reason "is not valid".
     *
     * @param record the record, e.g. {@code profile BOCN20160720001} or {@code organisation acme-cz}
     * @param field the field, e.g. {@code title}
     * @param value the refused value; {@code null} is shown as {@code null}
     * @param expected what was expected, e.g. {@code at most 256 characters}
     */
    public InvalidRecordException(String record, String field, Object value, String expected) {
        this(record, field, value, "is not valid", expected);
    }

    /**
     * Creates the exception with a specific reason.
     *
     * @param record the record, e.g. {@code profile BOCN20160720001}
     * @param field the field, e.g. {@code deadline}
     * @param value the refused value
     * @param reason what is wrong with it, e.g. {@code is not a date}
     * @param expected what was expected, e.g. {@code yyyy-MM-dd}
     */
    public InvalidRecordException(String record, String field, Object value, String reason, String expected) {
        super(record + ": " + field + ": '" + value + "' " + reason + " (expected " + expected + ")");
        this.record = record;
        this.field = field;
        this.value = String.valueOf(value);
        this.expected = expected;
        this.reason = reason;
    }

    /**
     * Returns the record that was refused.
     *
     * @return the record, e.g. {@code profile BOCN20160720001}
     */
    public String record() {
        return record;
    }

    /**
     * Returns the field that holds the refused value.
     *
     * @return the field name
     */
    public String field() {
        return field;
    }

    /**
     * Returns the refused value as text.
     *
     * @return the value, {@code "null"} for a missing one
     */
    public String value() {
        return value;
    }

    /**
     * Returns what is wrong with the value.
     *
     * @return the reason, e.g. {@code is not a date} or {@code is not valid}
     */
    public String reason() {
        return reason;
    }

    /**
     * Returns what was expected in place of the value.
     *
     * @return the expectation
     */
    public String expected() {
        return expected;
    }
}
