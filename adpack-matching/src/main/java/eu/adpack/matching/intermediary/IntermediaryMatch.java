package eu.adpack.matching.intermediary;

import eu.adpack.core.agreement.AgreementStatus;
import eu.adpack.core.geo.Country;
import eu.adpack.core.geo.Language;
import eu.adpack.core.programme.IntermediaryKind;
import eu.adpack.core.programme.IntermediaryService;
import eu.adpack.matching.Explanation;
import java.util.List;
import java.util.Objects;

/**
 * An intermediary proposed for an SME's need, with its score and the matcher's explanation, and the services and
 * languages it shares with the need. Immutable and thread-safe.
 *
 * @param intermediaryId the intermediary's id
 * @param name its name
 * @param kind its kind
 * @param country its country
 * @param city its city, or {@code null}
 * @param score the matcher's score: how well the intermediary's services and sectors answer the need
 * @param services the needed services it offers
 * @param languages the languages it shares with the SME
 * @param explanation the matcher's evidence per feature and its sentence
 * @param cooperation where the partnership's cooperation agreement with the intermediary stands (the latest of type
 *     {@code INTERMEDIARY_COOPERATION} naming it as a party, following the core agreement lifecycle), or
 *     {@code null} when there is none
 */
public record IntermediaryMatch(String intermediaryId, String name, IntermediaryKind kind, Country country,
        String city, double score, List<IntermediaryService> services, List<Language> languages,
        Explanation explanation, AgreementStatus cooperation) {
    /**
     * Validates and copies the parts.
     *
     * @throws NullPointerException if a required part is missing
     */
    public IntermediaryMatch {
        Objects.requireNonNull(intermediaryId, "intermediaryId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(country, "country");
        services = List.copyOf(services);
        languages = List.copyOf(languages);
        Objects.requireNonNull(explanation, "explanation");
    }
}
