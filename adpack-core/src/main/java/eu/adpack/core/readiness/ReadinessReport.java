package eu.adpack.core.readiness;

import eu.adpack.core.geo.Country;
import eu.adpack.core.internal.Check;
import java.util.List;

/**
 * Everything a cluster needs to prepare one SME for one market: its current readiness (scores per dimension,
 * overall, level, blocking gaps), the training plan that closes the gaps, and how its readiness developed over
 * time. Immutable and thread-safe.
 *
 * @param organisationId the organisation
 * @param market the market
 * @param questionnaireId the questionnaire the scores rest on
 * @param readiness the current readiness
 * @param plan the recommended training
 * @param history the readiness after each assessment and each training completion or webinar that raised it, oldest first
 */
public record ReadinessReport(String organisationId, Country market, String questionnaireId,
        ReadinessResult readiness, TrainingPlan plan, List<ReadinessSnapshot> history) {
    /** Validates and copies the parts. */
    public ReadinessReport {
        String r = "readiness report of " + organisationId;
        Check.id(r, "organisationId", organisationId);
        Check.required(r, "market", market);
        Check.required(r, "questionnaireId", questionnaireId);
        Check.required(r, "readiness", readiness);
        Check.required(r, "plan", plan);
        history = Check.list(r, "history", history);
    }
}
