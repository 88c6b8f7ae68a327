package eu.adpack.core.programme;

import eu.adpack.core.InvalidRecordException;
import eu.adpack.core.geo.Country;
import eu.adpack.core.internal.Check;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * An organisation's answers to a readiness questionnaire on one day, for one target market or for going abroad in
 * general. The answers are scored by {@code eu.adpack.core.readiness.ReadinessScorer} against the questionnaire
 * they were given for. Immutable and thread-safe.
 *
 * @param id the assessment's id, unique within the partnership
 * @param organisationId the organisation that answered
 * @param market the target country the answers are about, or {@code null} for all markets
 * @param date the day of the assessment
 * @param questionnaireId the questionnaire answered, e.g. {@code adpack-smart-packaging}
 * @param answers question id to the answer on that question's scale
 */
public record ReadinessAssessment(
        String id,
        String organisationId,
        Country market,
        LocalDate date,
        String questionnaireId,
        SortedMap<String, Integer> answers) {
    /**
     * Validates the parts.
     *
     * @throws InvalidRecordException if a part is missing or not valid, or an answer is missing its value
     */
    public ReadinessAssessment {
        String r = Check.name("readiness assessment", id);
        Check.id(r, "id", id);
        Check.id(r, "organisationId", organisationId);
        Check.required(r, "date", date);
        Check.id(r, "questionnaireId", questionnaireId);
        SortedMap<String, Integer> copy = new TreeMap<>();
        if (answers != null) {
            for (Map.Entry<String, Integer> e : answers.entrySet()) {
                Check.id(r, "answers", e.getKey());
                if (e.getValue() == null) {
                    throw new InvalidRecordException(r, "answers." + e.getKey(), null, "a number on the scale");
                }
                copy.put(e.getKey(), e.getValue());
            }
        }
        answers = Collections.unmodifiableSortedMap(copy);
    }

    /**
     * Returns an assessment.
     *
     * @param id the id
     * @param organisationId the organisation
     * @param market the market, or {@code null} for all
     * @param date the day
     * @param questionnaireId the questionnaire
     * @param answers question id to answer
     * @return the assessment
     */
    public static ReadinessAssessment of(String id, String organisationId, Country market, LocalDate date,
            String questionnaireId, Map<String, Integer> answers) {
        return new ReadinessAssessment(id, organisationId, market, date, questionnaireId, new TreeMap<>(answers));
    }

    /**
     * Tells whether the assessment counts for a market: it is about that market or about all.
     *
     * @param country the market
     * @return whether it counts
     */
    public boolean covers(Country country) {
        return market == null || market.equals(country);
    }
}
