package eu.adpack.core;

import java.util.List;

/**
 * Thrown when a collection of records (a partnership, a member list) breaks one or more rules; it carries every
 * problem found, not just the first, so a user can fix them all in one pass.
 *
 * <p>The message is a count followed by one line per problem. Immutable once thrown.
 */
public class ValidationException extends AdpackException {
    private static final long serialVersionUID = 1L;

    @SuppressWarnings("serial") // an immutable List.copyOf of records; serialising exceptions is not supported
    private final List<Problem> problems;

    /**
     * Creates the exception.
     *
     * @param problems the problems found, at least one
     * @throws IllegalArgumentException if the list is empty
     */
    public ValidationException(List<Problem> problems) {
        super(message(problems));
        this.problems = List.copyOf(problems);
    }

    private static String message(List<Problem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a validation exception needs at least one problem");
        }
        StringBuilder sb = new StringBuilder();
        sb.append(problems.size()).append(problems.size() == 1 ? " problem:" : " problems:");
        for (Problem p : problems) {
            sb.append(System.lineSeparator()).append(p);
        }
        return sb.toString();
    }

    /**
     * Returns every problem found, in the order found.
     *
     * @return an immutable, non-empty list
     */
    public List<Problem> problems() {
        return problems;
    }
}
