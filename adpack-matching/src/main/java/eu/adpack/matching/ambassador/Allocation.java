package eu.adpack.matching.ambassador;

import java.util.List;
import java.util.Objects;

/**
 * Who serves whom: the SMEs allocated to ambassadors by {@link AmbassadorAllocator}, the SMEs left unserved with
 * their reasons, and each ambassador's load. Its JSON form is the record as Jackson writes it
 * ({@code eu.adpack.core.json.AdpackJson}) and reads back equal. Immutable and thread-safe.
 *
 * @param method {@code exact} (maximum total fit) or {@code stable} (deferred acceptance)
 * @param totalFit the sum of the allocated pairs' fits
 * @param exactTotalFit the maximum total fit any allocation reaches, for comparison (equal to {@code totalFit}
 *     for the exact method)
 * @param assignments the allocated pairs, by SME id
 * @param unserved the SMEs without an ambassador, by id
 * @param loads every ambassador's load, in the partnership's order
 */
public record Allocation(String method, double totalFit, double exactTotalFit, List<AmbassadorFit> assignments,
        List<UnservedSme> unserved, List<AmbassadorLoad> loads) {
    /**
     * Validates and copies the parts.
     *
     * @throws NullPointerException if a part is missing
     */
    public Allocation {
        Objects.requireNonNull(method, "method");
        assignments = List.copyOf(assignments);
        unserved = List.copyOf(unserved);
        loads = List.copyOf(loads);
    }
}
