package eu.adpack.core.profile;

import eu.adpack.core.geo.Language;
import eu.adpack.core.internal.Check;
import java.util.List;
import java.util.SortedSet;

/**
 * What an anonymous profile tells about the organisation behind it, without naming it: its kind and size, founding
 * year, turnover band, international experience, certifications and languages. Every part is optional. Immutable
 * and thread-safe.
 *
 * @param kind the kind and size as the registry writes it, e.g. {@code SME 11-49}, or {@code null}
 * @param yearEstablished the founding year, or {@code null}
 * @param turnover the turnover band as the registry writes it, e.g. {@code 1-10M}, or {@code null}
 * @param internationalExperience free text on its transnational experience, or {@code null}
 * @param certifications certifications held
 * @param languages languages spoken
 */
public record OrganisationFacts(
        String kind,
        Integer yearEstablished,
        String turnover,
        String internationalExperience,
        List<String> certifications,
        SortedSet<Language> languages) {
    /**
     * Validates the parts.
     *
     * @throws eu.adpack.core.InvalidRecordException if a text is too long or the year is not plausible
     */
    public OrganisationFacts {
        String r = "organisation facts";
        kind = Check.optionalText(r, "kind", kind, 200);
        turnover = Check.optionalText(r, "turnover", turnover, 200);
        internationalExperience = Check.optionalText(r, "internationalExperience", internationalExperience, 4000);
        certifications = Check.list(r, "certifications", certifications);
        languages = Check.sortedSet(r, "languages", languages);
        if (yearEstablished != null && (yearEstablished < 1000 || yearEstablished > 9999)) {
            throw new eu.adpack.core.InvalidRecordException(r, "yearEstablished", yearEstablished, "a 4-digit year");
        }
    }
}
