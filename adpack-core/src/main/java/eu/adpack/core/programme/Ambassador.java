package eu.adpack.core.programme;

import eu.adpack.core.PersonalData;
import eu.adpack.core.geo.Country;
import eu.adpack.core.geo.Language;
import eu.adpack.core.internal.Check;
import eu.adpack.core.organisation.ContactPerson;
import eu.adpack.core.taxonomy.TermId;
import java.util.Collection;
import java.util.List;
import java.util.SortedSet;

/**
 * An ambassador: a representative of the partnership in one or more target markets who serves its SMEs there, with
 * the expertise and languages she brings and how many SMEs she can serve.
 *
 * <p>The person is personal data; the record stays meaningful without it. Immutable and thread-safe.
 *
 * @param id the ambassador's id, unique within the partnership
 * @param organisation the organisation she works for, or {@code null}
 * @param markets the target countries she covers, at least one
 * @param expertise terms of her expertise
 * @param expertiseText her expertise in words, or {@code null}
 * @param languages the languages she works in
 * @param capacity how many SMEs she can serve at once, at least 0
 * @param clusterId the cluster that appointed her, or {@code null}
 * @param servedOrganisations ids of the SMEs she serves, at most {@code capacity} (checked by the partnership)
 * @param person the ambassador herself (personal data), or {@code null}
 */
public record Ambassador(
        String id,
        String organisation,
        SortedSet<Country> markets,
        SortedSet<TermId> expertise,
        String expertiseText,
        SortedSet<Language> languages,
        int capacity,
        String clusterId,
        List<String> servedOrganisations,
        @PersonalData ContactPerson person) {
    /**
     * Validates the parts.
     *
     * @throws eu.adpack.core.InvalidRecordException if a part is missing or not valid, or no market is given
     */
    public Ambassador {
        String r = Check.name("ambassador", id);
        Check.id(r, "id", id);
        organisation = Check.optionalText(r, "organisation", organisation, 300);
        markets = Check.sortedSet(r, "markets", markets);
        if (markets.isEmpty()) {
            throw new eu.adpack.core.InvalidRecordException(r, "markets", "[]", "is empty", "at least one country");
        }
        expertise = Check.sortedSet(r, "expertise", expertise);
        expertiseText = Check.optionalText(r, "expertiseText", expertiseText, 4000);
        languages = Check.sortedSet(r, "languages", languages);
        Check.nonNegative(r, "capacity", capacity);
        Check.optionalId(r, "clusterId", clusterId);
        servedOrganisations = Check.distinct(r, "servedOrganisations", servedOrganisations);
    }

    /**
     * Returns an ambassador serving no one yet, without expertise terms or person.
     *
     * @param id the id
     * @param organisation the organisation she works for, or {@code null}
     * @param markets the countries she covers
     * @param languages her languages
     * @param capacity how many SMEs she can serve
     * @return the ambassador
     */
    public static Ambassador of(String id, String organisation, Collection<Country> markets,
            Collection<Language> languages, int capacity) {
        String r = Check.name("ambassador", id);
        return new Ambassador(id, organisation, Check.sortedSet(r, "markets", markets), null, null,
                Check.sortedSet(r, "languages", languages), capacity, null, List.of(), null);
    }

    /**
     * Returns a copy serving these SMEs.
     *
     * @param organisationIds the SMEs' ids
     * @return the copy
     */
    public Ambassador serving(Collection<String> organisationIds) {
        return new Ambassador(id, organisation, markets, expertise, expertiseText, languages, capacity, clusterId,
                List.copyOf(organisationIds), person);
    }

    /**
     * Returns a copy with expertise, the appointing cluster and the person.
     *
     * @param terms expertise terms
     * @param text expertise in words, or {@code null}
     * @param cluster the appointing cluster, or {@code null}
     * @param who the person (personal data), or {@code null}
     * @return the copy
     */
    public Ambassador withDetails(Collection<TermId> terms, String text, String cluster, ContactPerson who) {
        return new Ambassador(id, organisation, markets, Check.sortedSet(Check.name("ambassador", id), "expertise",
                terms), text, languages, capacity, cluster, servedOrganisations, who);
    }
}
