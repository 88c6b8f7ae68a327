package eu.adpack.core.event;

import eu.adpack.core.InvalidRecordException;
import eu.adpack.core.internal.Check;

/**
 * An order between two meetings: {@code before} must take a strictly earlier slot than {@code after}. Immutable and
 * thread-safe.
 *
 * @param before the meeting that comes first
 * @param after the meeting that comes later
 */
public record Precedence(String before, String after) {
    /**
     * Validates the parts.
     *
     * @throws InvalidRecordException if a meeting is missing or both are the same
     */
    public Precedence {
        Check.id("precedence", "before", before);
        Check.id("precedence", "after", after);
        if (before.equals(after)) {
            throw new InvalidRecordException("precedence " + before, "after", after, "is the same meeting",
                    "another meeting");
        }
    }

    /**
     * Returns a precedence.
     *
     * @param before the earlier meeting
     * @param after the later meeting
     * @return the precedence
     */
    public static Precedence of(String before, String after) {
        return new Precedence(before, after);
    }
}
