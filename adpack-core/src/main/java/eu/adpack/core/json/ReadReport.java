package eu.adpack.core.json;

import eu.adpack.core.Problem;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of reading a document while keeping its good records: the value built from what was valid, and one
 * problem (id {@code adpack/invalid-record}) for each record left out. Immutable and thread-safe if the value is.
 *
 * @param <T> the type read
 * @param value the value built without the rejected records
 * @param rejected the records left out, each with its JSON path, field, value and reason, in the order found
 */
public record ReadReport<T>(T value, List<Problem> rejected) {
    /**
     * Copies the list.
     *
     * @throws NullPointerException if the value or list is missing
     */
    public ReadReport {
        Objects.requireNonNull(value, "value");
        rejected = List.copyOf(rejected);
    }

    /**
     * Tells whether every record was good.
     *
     * @return whether nothing was left out
     */
    public boolean isComplete() {
        return rejected.isEmpty();
    }
}
