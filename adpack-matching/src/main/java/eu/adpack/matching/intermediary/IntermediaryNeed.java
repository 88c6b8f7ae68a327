package eu.adpack.matching.intermediary;

import eu.adpack.core.geo.Country;
import eu.adpack.core.geo.Language;
import eu.adpack.core.programme.IntermediaryService;
import eu.adpack.core.taxonomy.Sector;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What an SME needs from intermediaries in one country: the services, in the SME's sectors, preferably in its
 * languages, and why it needs them. Build one from readiness gaps with
 * {@link IntermediaryDirectory#need(eu.adpack.core.partnership.Partnership, String, Country,
 * eu.adpack.core.readiness.Questionnaire)} or directly. Immutable and thread-safe.
 *
 * @param organisationId the SME
 * @param homeCountry the SME's country
 * @param country the country the intermediaries are to be in
 * @param services the services it needs; not empty
 * @param sectors the SME's sectors
 * @param languages the languages the SME works in
 * @param because why it needs the services, e.g. the readiness gaps they address; may be empty
 */
public record IntermediaryNeed(String organisationId, Country homeCountry, Country country,
        SortedSet<IntermediaryService> services, List<Sector> sectors, SortedSet<Language> languages,
        List<String> because) {
    /**
     * Validates and copies the parts.
     *
     * @throws IllegalArgumentException if no service is asked for
     * @throws NullPointerException if a part is missing
     */
    public IntermediaryNeed {
        Objects.requireNonNull(organisationId, "organisationId");
        Objects.requireNonNull(homeCountry, "homeCountry");
        Objects.requireNonNull(country, "country");
        services = Collections.unmodifiableSortedSet(new TreeSet<>(services));
        if (services.isEmpty()) {
            throw new IllegalArgumentException("intermediary need of " + organisationId
                    + ": services: is empty (expected at least one service)");
        }
        sectors = List.copyOf(sectors);
        languages = Collections.unmodifiableSortedSet(new TreeSet<>(languages));
        because = List.copyOf(because);
    }
}
