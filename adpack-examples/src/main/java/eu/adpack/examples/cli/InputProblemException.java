package eu.adpack.examples.cli;

/**
 * A problem with a command's input that ends the command with exit code 1 and one line on standard error, written by
 * {@link AdpackCommand}'s single error handler as {@code adpack: <what>: <why>}.
 *
 * <p>{@code what} names the input (a file, a record, an option), {@code why} says what is wrong with it and, where it
 * helps, what was expected. Commands throw it instead of printing errors themselves. Immutable.
 */
final class InputProblemException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String what;

    /**
     * Creates the problem.
     *
     * @param what the input at fault (file, record or option)
     * @param why what is wrong with it
     */
    InputProblemException(String what, String why) {
        super(why);
        this.what = what;
    }

    /**
     * Creates the problem from a cause whose message says why.
     *
     * @param what the input at fault (file, record or option)
     * @param cause the failure; its message is the reason
     */
    InputProblemException(String what, Throwable cause) {
        super(Errors.reason(cause), cause);
        this.what = what;
    }

    /** The input at fault. */
    String what() {
        return what;
    }
}
