package eu.adpack.matching.ambassador;

import java.util.Objects;

/**
 * An SME an {@link Allocation} leaves without an ambassador, and why. Immutable and thread-safe.
 *
 * @param sme the SME's id
 * @param reason why, e.g. that no ambassador covers its markets, or that the ones who do are full
 */
public record UnservedSme(String sme, String reason) {
    /**
     * Validates the parts.
     *
     * @throws NullPointerException if a part is missing
     */
    public UnservedSme {
        Objects.requireNonNull(sme, "sme");
        Objects.requireNonNull(reason, "reason");
    }
}
