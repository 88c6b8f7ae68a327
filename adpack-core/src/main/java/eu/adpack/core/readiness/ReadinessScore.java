package eu.adpack.core.readiness;

import eu.adpack.core.geo.Country;
import eu.adpack.core.internal.Check;
import eu.adpack.core.organisation.ReadinessLevel;

/**
 * How ready an organisation is for a market, in one number and one level: what mission delegations and other
 * selections rank by. Immutable and thread-safe.
 *
 * @param organisationId the organisation
 * @param market the market
 * @param score the overall score in [0, 1]
 * @param level the level
 * @param assessed whether the score rests on an assessment; when not, the level is the declared one raised by
 *     completed training ({@link eu.adpack.core.partnership.Partnership#readiness}) and the score is the lowest
 *     score of that level in the questionnaire
 */
public record ReadinessScore(String organisationId, Country market, double score, ReadinessLevel level,
        boolean assessed) {
    /** Validates the parts. */
    public ReadinessScore {
        Check.id("readiness score", "organisationId", organisationId);
        Check.required("readiness score " + organisationId, "market", market);
        Check.required("readiness score " + organisationId, "level", level);
    }
}
