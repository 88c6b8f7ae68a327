package eu.adpack.matching.consortium;

import eu.adpack.core.taxonomy.TermId;
import java.util.List;
import java.util.Objects;

/**
 * One partner of a {@link ConsortiumProposal}: who it is, which needed competences it covers, and why it was chosen
 * over the runner-up. Immutable and thread-safe.
 *
 * @param id the SME's id or the profile's reference
 * @param country its country, ISO 3166-1 alpha-2
 * @param partnershipSme whether it is an SME of the partnership
 * @param sectors codes of its sectors (empty for registry profiles)
 * @param covers the needed competences it covers
 * @param reason why it is in, with the runner-up it was preferred to and the numbers
 */
public record ConsortiumPartner(String id, String country, boolean partnershipSme, List<String> sectors,
        List<TermId> covers, String reason) {
    /**
     * Validates and copies the parts.
     *
     * @throws NullPointerException if a part is missing
     */
    public ConsortiumPartner {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(country, "country");
        sectors = List.copyOf(sectors);
        covers = List.copyOf(covers);
        Objects.requireNonNull(reason, "reason");
    }
}
