package eu.adpack.adapters.files;

import eu.adpack.core.source.UnreadableInputException;
import java.util.List;

/**
 * Thrown when a file cannot be imported at all: it is empty, binary or not UTF-8, it is neither CSV nor JSON, JSON
 * that breaks off, or its header lacks a required column. Single bad records are never reported this way but as
 * {@link ImportRejection}s. It is the source SPI's {@link UnreadableInputException}, with the missing columns named.
 *
 * <p>The message is one line naming the file, where, and what was expected, e.g.
 * {@code members.csv: line 1: header lacks the required columns country, name (expected at least id, name,
 * country)}. Immutable once thrown.
 */
public class UnreadableFileException extends UnreadableInputException {
    private static final long serialVersionUID = 1L;

    @SuppressWarnings("serial") // an immutable List.copyOf of strings; serialising exceptions is not supported
    private final List<String> missingColumns;

    /**
     * Creates the exception for an input that is not usable for a reason other than missing columns.
     *
     * @param message the file, where and why, in one line
     */
    public UnreadableFileException(String message) {
        this(message, List.of(), null);
    }

    /**
     * Creates the exception with the parser's failure.
     *
     * @param message the file, where and why, in one line
     * @param cause the underlying failure
     */
    public UnreadableFileException(String message, Throwable cause) {
        this(message, List.of(), cause);
    }

    /**
     * Creates the exception for a header that lacks required columns.
     *
     * @param message the file and the columns, in one line
     * @param missingColumns the required columns the header lacks
     * @param cause the underlying failure, or {@code null}
     */
    public UnreadableFileException(String message, List<String> missingColumns, Throwable cause) {
        super(message, cause);
        this.missingColumns = List.copyOf(missingColumns);
    }

    /**
     * Returns the required columns the header lacks.
     *
     * @return an immutable list, empty when the failure is of another kind
     */
    public List<String> missingColumns() {
        return missingColumns;
    }
}
