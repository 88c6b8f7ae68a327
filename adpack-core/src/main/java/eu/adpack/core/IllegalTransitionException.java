package eu.adpack.core;

/**
 * Thrown when a record is asked to move between two states of its lifecycle that the lifecycle does not connect,
 * for example an agreement from {@code COMPLETED} back to {@code NEGOTIATING}.
 *
 * <p>The message names the record, the state it is in and the state refused. Immutable once thrown.
 */
public class IllegalTransitionException extends AdpackException {
    private static final long serialVersionUID = 1L;

    private final String record;
    private final String from;
    private final String to;
    private final String expected;

    /**
     * Creates the exception.
     *
     * @param record the record, e.g. {@code agreement ag-7}
     * @param from the state it is in
     * @param to the state that was refused
     * @param allowed the states it may move to from {@code from}, for the message
     */
    public IllegalTransitionException(String record, Object from, Object to, String allowed) {
        super(record + ": status: cannot move from " + from + " to " + to + " (expected " + allowed + ")");
        this.record = record;
        this.from = String.valueOf(from);
        this.to = String.valueOf(to);
        this.expected = allowed;
    }

    /**
     * Returns the states the record may move to instead.
     *
     * @return e.g. {@code NEGOTIATING or CANCELLED}
     */
    public String expected() {
        return expected;
    }

    /**
     * Returns the record that refused the transition.
     *
     * @return the record
     */
    public String record() {
        return record;
    }

    /**
     * Returns the state the record is in.
     *
     * @return the state's name
     */
    public String from() {
        return from;
    }

    /**
     * Returns the state that was refused.
     *
     * @return the state's name
     */
    public String to() {
        return to;
    }
}
