package eu.adpack.matching.consortium;

import eu.adpack.core.geo.Country;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What a joint collaborative project needs from its consortium: weighted competences and the rules a consortium
 * must follow. Its JSON form (the needs file of {@code adpack consortium}) is the record as Jackson writes it.
 * Immutable and thread-safe.
 *
 * @param title the project's title
 * @param competences the competences needed, each at most once, at least one
 * @param minCountries the fewest distinct countries among the partners, at least 1
 * @param minPartnershipSmes the fewest SMEs of the partnership among the partners, at least 0
 * @param targetCountries if not empty, at least one partner must be in one of these countries
 * @param crossSector whether the partners must not all work in the same sectors
 * @param maxPartners the most partners, at least 1
 * @param coordinator the id of a partner that must be in, or {@code null}
 */
public record ProjectNeeds(
        String title,
        List<NeededCompetence> competences,
        int minCountries,
        int minPartnershipSmes,
        SortedSet<Country> targetCountries,
        boolean crossSector,
        int maxPartners,
        String coordinator) {
    /**
     * Validates and copies the parts.
     *
     * @throws IllegalArgumentException naming the field, if a part is missing or out of range
     */
    public ProjectNeeds {
        String r = "project needs" + (title == null ? "" : " '" + title + "'");
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException(r + ": title: missing (expected the project's title)");
        }
        if (competences == null || competences.isEmpty()) {
            throw new IllegalArgumentException(r + ": competences: missing or empty (expected at least one"
                    + " {\"term\", \"weight\"})");
        }
        competences = List.copyOf(competences);
        Set<Object> seen = new HashSet<>();
        for (int i = 0; i < competences.size(); i++) {
            if (!seen.add(competences.get(i).term())) {
                throw new IllegalArgumentException(r + ": competences[" + i + "].term: '" + competences.get(i).term()
                        + "' is given twice (expected each competence once)");
            }
        }
        if (minCountries < 1) {
            throw new IllegalArgumentException(r + ": minCountries: " + minCountries + " is not valid: expected"
                    + " at least 1");
        }
        if (minPartnershipSmes < 0) {
            throw new IllegalArgumentException(r + ": minPartnershipSmes: " + minPartnershipSmes
                    + " is not valid: expected 0 or more");
        }
        targetCountries = targetCountries == null ? new TreeSet<>() : new TreeSet<>(targetCountries);
        targetCountries = java.util.Collections.unmodifiableSortedSet(targetCountries);
        if (maxPartners < 1) {
            throw new IllegalArgumentException(r + ": maxPartners: " + maxPartners + " is not valid: expected at"
                    + " least 1");
        }
        if (minCountries > maxPartners || minPartnershipSmes > maxPartners) {
            throw new IllegalArgumentException(r + ": maxPartners: " + maxPartners + " cannot fit minCountries "
                    + minCountries + " and minPartnershipSmes " + minPartnershipSmes);
        }
    }
}
