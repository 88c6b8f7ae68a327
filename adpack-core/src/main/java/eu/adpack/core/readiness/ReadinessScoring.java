package eu.adpack.core.readiness;

import eu.adpack.core.InvalidRecordException;
import eu.adpack.core.geo.Country;
import eu.adpack.core.programme.ParticipationStatus;
import eu.adpack.core.programme.ReadinessAssessment;
import eu.adpack.core.programme.TrainingModule;
import eu.adpack.core.programme.TrainingParticipation;
import eu.adpack.core.programme.Webinar;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Scores a readiness assessment against its questionnaire, for one market, with the training completed since.
 * Stateless and thread-safe.
 *
 * <p>A dimension's assessed score is the weighted mean, over its answered questions, of each answer as a share of
 * its scale ((answer − min) / (max − min)); a dimension with no answered question scores 0, so an unanswered
 * dimension shows as a gap rather than passing unnoticed. Each training module the organisation completed after
 * the day of the assessment (and up to the day asked for) that covers the market adds its gain on the dimensions it
 * improves ({@link TrainingModule#improves()}), and so does each webinar it attended after that day that is about the
 * market ({@link Webinar#improves()}), the score staying at most 1; training completed on or before the
 * assessment day is taken to be reflected in the answers. The overall score is the sum of the dimension scores
 * times the dimensions' weights (which add up to 1), so it is in [0, 1]; the level is the questionnaire's band of
 * the overall score; a gap is a dimension below the market's threshold.
 */
public final class ReadinessScoring {
    /** Scores closer than this to a threshold count as reaching it, so rounding never opens a gap. */
    public static final double EPSILON = 1e-9;

    private ReadinessScoring() {}

    /**
     * Scores an assessment without training.
     *
     * @param questionnaire the questionnaire the assessment answers
     * @param assessment the assessment
     * @param market the market
     * @return the readiness on the day of the assessment
     * @throws InvalidRecordException naming the assessment and the question, if an answer is off its question's
     *     scale or answers a question the questionnaire does not have, or the assessment answers another
     *     questionnaire
     */
    public static ReadinessResult score(Questionnaire questionnaire, ReadinessAssessment assessment,
            Country market) {
        return score(questionnaire, assessment, market, List.of(), List.of(), assessment.date());
    }

    /**
     * Scores an assessment with the training the organisation completed after it, up to a day.
     *
     * @param questionnaire the questionnaire the assessment answers
     * @param assessment the assessment
     * @param market the market
     * @param modules the training catalogue
     * @param participations participations in it (of any organisation)
     * @param asOf the last day whose completions count, or {@code null} for every completion recorded
     * @return the readiness
     * @throws InvalidRecordException naming the assessment and the question, if an answer is off its question's
     *     scale or answers a question the questionnaire does not have, or the assessment answers another
     *     questionnaire
     */
    public static ReadinessResult score(Questionnaire questionnaire, ReadinessAssessment assessment, Country market,
            Collection<TrainingModule> modules, Collection<TrainingParticipation> participations, LocalDate asOf) {
        return score(questionnaire, assessment, market, modules, participations, List.of(), asOf);
    }

    /**
     * Scores an assessment with the training modules the organisation completed and the webinars it attended after
     * it, up to a day. A webinar counts on its day, like a module completed then.
     *
     * @param questionnaire the questionnaire the assessment answers
     * @param assessment the assessment
     * @param market the market
     * @param modules the training catalogue
     * @param participations participations in it (of any organisation)
     * @param webinars the webinars (of any attendees)
     * @param asOf the last day whose completions count, or {@code null} for every completion recorded
     * @return the readiness
     * @throws InvalidRecordException naming the assessment and the question, if an answer is off its question's
     *     scale or answers a question the questionnaire does not have, or the assessment answers another
     *     questionnaire
     */
    public static ReadinessResult score(Questionnaire questionnaire, ReadinessAssessment assessment, Country market,
            Collection<TrainingModule> modules, Collection<TrainingParticipation> participations,
            Collection<Webinar> webinars, LocalDate asOf) {
        Objects.requireNonNull(questionnaire, "questionnaire");
        Objects.requireNonNull(market, "market");
        checkAnswers(questionnaire, assessment);
        Map<String, Double> gains = new HashMap<>();
        TreeSet<String> counted = new TreeSet<>();
        Map<String, TrainingModule> byId = new HashMap<>();
        modules.forEach(m -> byId.putIfAbsent(m.id(), m));
        LocalDate last = assessment.date();
        for (TrainingParticipation p : participations) {
            if (p.status() != ParticipationStatus.COMPLETED || !p.organisationId().equals(assessment.organisationId())
                    || !p.completedOn().isAfter(assessment.date()) || asOf != null && p.completedOn().isAfter(asOf)) {
                continue;
            }
            TrainingModule m = byId.get(p.moduleId());
            if (m == null || !m.covers(market) || m.improves().isEmpty() || !counted.add(m.id())) {
                continue;
            }
            m.improves().forEach((dim, gain) -> gains.merge(dim, gain, Double::sum));
            last = p.completedOn().isAfter(last) ? p.completedOn() : last;
        }
        for (Webinar w : webinars) {
            if (!w.attendees().contains(assessment.organisationId()) || !w.date().isAfter(assessment.date())
                    || asOf != null && w.date().isAfter(asOf) || !w.covers(market) || w.improves().isEmpty()
                    || !counted.add(w.id())) {
                continue;
            }
            w.improves().forEach((dim, gain) -> gains.merge(dim, gain, Double::sum));
            last = w.date().isAfter(last) ? w.date() : last;
        }
        List<DimensionScore> scores = new ArrayList<>();
        List<ReadinessGap> gaps = new ArrayList<>();
        List<String> unanswered = new ArrayList<>();
        double overall = 0;
        for (ReadinessDimension d : questionnaire.dimensions()) {
            double sum = 0;
            double weights = 0;
            int answered = 0;
            int questions = 0;
            for (Question q : questionnaire.questions()) {
                if (!q.dimension().equals(d.id())) {
                    continue;
                }
                questions++;
                Integer a = assessment.answers().get(q.id());
                if (a == null) {
                    unanswered.add(q.id());
                    continue;
                }
                answered++;
                sum += q.weight() * q.scale().share(a);
                weights += q.weight();
            }
            double assessed = weights == 0 ? 0 : sum / weights;
            double gain = Math.min(gains.getOrDefault(d.id(), 0.0), 1 - assessed);
            double score = assessed + gain;
            DimensionScore s = new DimensionScore(d.id(), d.name(), score, assessed, gain,
                    questionnaire.threshold(d, market), answered, questions);
            scores.add(s);
            if (s.isGap()) {
                gaps.add(ReadinessGap.of(s));
            }
            overall += d.weight() * score;
        }
        overall = Math.max(0, Math.min(1, overall));
        gaps.sort(Comparator.comparingDouble(ReadinessGap::shortfall).reversed()
                .thenComparing(ReadinessGap::dimension));
        return new ReadinessResult(assessment.organisationId(), market, asOf == null ? last : asOf,
                assessment.id(), assessment.date(), scores, overall, questionnaire.level(overall), gaps,
                List.copyOf(counted), unanswered);
    }

    /** Refuses an assessment of another questionnaire, and answers off their scales or to unknown questions. */
    static void checkAnswers(Questionnaire questionnaire, ReadinessAssessment assessment) {
        String r = "readiness assessment " + assessment.id();
        if (!assessment.questionnaireId().equals(questionnaire.id())) {
            throw new InvalidRecordException(r, "questionnaireId", assessment.questionnaireId(),
                    "is not the questionnaire it is scored with", questionnaire.id());
        }
        for (Map.Entry<String, Integer> e : assessment.answers().entrySet()) {
            Question q = questionnaire.question(e.getKey()).orElseThrow(() -> new InvalidRecordException(r,
                    "answers." + e.getKey(), e.getValue(), "answers a question questionnaire "
                            + questionnaire.id() + " does not have", "ids of its questions"));
            if (!q.scale().allows(e.getValue())) {
                throw new InvalidRecordException(r, "answers." + e.getKey(), e.getValue(), "is off the scale",
                        "a whole number from " + q.scale().min() + " to " + q.scale().max());
            }
        }
    }
}
