package eu.adpack.core.readiness;

import eu.adpack.core.geo.Country;
import eu.adpack.core.internal.Check;
import eu.adpack.core.organisation.ReadinessLevel;
import java.time.LocalDate;
import java.util.List;

/**
 * An organisation's readiness for a market on a day, scored from its latest assessment and the training it
 * completed since: the score per dimension, the overall score, the level and the gaps that block the market.
 * Immutable and thread-safe.
 *
 * @param organisationId the organisation
 * @param market the target market
 * @param asOf the day the readiness holds for
 * @param assessmentId the assessment the scores rest on
 * @param assessedOn the day of that assessment
 * @param dimensions the score per dimension, in the questionnaire's order
 * @param overall the overall score in [0, 1]: the dimension scores weighted by the dimensions' weights
 * @param level the level of the overall score
 * @param gaps the dimensions below the market's threshold, largest shortfall first
 * @param trainingCounted the training modules completed and webinars attended after the assessment and up to
 *     {@code asOf} that raised a score, by id
 * @param unanswered the questions the assessment left unanswered
 */
public record ReadinessResult(String organisationId, Country market, LocalDate asOf, String assessmentId,
        LocalDate assessedOn, List<DimensionScore> dimensions, double overall, ReadinessLevel level,
        List<ReadinessGap> gaps, List<String> trainingCounted, List<String> unanswered) {
    /** Validates and copies the parts. */
    public ReadinessResult {
        String r = "readiness of " + organisationId;
        Check.id(r, "organisationId", organisationId);
        Check.required(r, "market", market);
        Check.required(r, "level", level);
        dimensions = Check.list(r, "dimensions", dimensions);
        gaps = Check.list(r, "gaps", gaps);
        trainingCounted = Check.list(r, "trainingCounted", trainingCounted);
        unanswered = Check.list(r, "unanswered", unanswered);
    }
}
