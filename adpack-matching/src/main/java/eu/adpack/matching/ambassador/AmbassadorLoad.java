package eu.adpack.matching.ambassador;

import java.util.List;
import java.util.Objects;

/**
 * How much of an ambassador's capacity an {@link Allocation} uses. Immutable and thread-safe.
 *
 * @param ambassador the ambassador's id
 * @param capacity how many SMEs she can serve
 * @param serves the SMEs allocated to her, never more than the capacity
 */
public record AmbassadorLoad(String ambassador, int capacity, List<String> serves) {
    /**
     * Validates and copies the parts.
     *
     * @throws NullPointerException if a part is missing
     */
    public AmbassadorLoad {
        Objects.requireNonNull(ambassador, "ambassador");
        serves = List.copyOf(serves);
    }
}
