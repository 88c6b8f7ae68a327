package eu.adpack.core.readiness;

import eu.adpack.core.geo.Country;
import eu.adpack.core.organisation.ReadinessLevel;
import eu.adpack.core.partnership.Partnership;
import eu.adpack.core.programme.Activities;
import eu.adpack.core.programme.ParticipationStatus;
import eu.adpack.core.programme.ReadinessAssessment;
import eu.adpack.core.programme.TrainingModule;
import eu.adpack.core.programme.TrainingParticipation;
import eu.adpack.core.programme.Webinar;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An organisation's readiness for a market, read from a partnership: its assessments
 * ({@link Activities#assessments()}), training catalogue and participations. Stateless and thread-safe.
 *
 * <p>The current readiness rests on the latest assessment (on or before the day asked for) that is about the
 * market or about all markets, answers the questionnaire given, and is of the organisation; a market-specific
 * assessment wins over a general one of the same day. Training completed after it adds its gains, see
 * {@link ReadinessScoring}.
 */
public final class ReadinessReports {
    private ReadinessReports() {}

    /**
     * Returns an organisation's readiness for a market with the default questionnaire and everything recorded.
     * This is the call selections such as mission delegations rank by.
     *
     * @param partnership the partnership
     * @param organisationId the organisation
     * @param market the market
     * @return the score and level; when the organisation has no assessment, the declared level raised by training
     * @throws IllegalArgumentException if the partnership has no organisation with that id
     * @throws eu.adpack.core.InvalidRecordException if the latest assessment has an answer off its scale
     */
    public static ReadinessScore readiness(Partnership partnership, String organisationId, Country market) {
        return readiness(partnership, organisationId, market, Questionnaires.standard());
    }

    /**
     * Returns an organisation's readiness for a market with a questionnaire and everything recorded.
     *
     * @param partnership the partnership
     * @param organisationId the organisation
     * @param market the market
     * @param questionnaire the questionnaire
     * @return the score and level; when the organisation has no assessment, the declared level raised by training
     * @throws IllegalArgumentException if the partnership has no organisation with that id
     * @throws eu.adpack.core.InvalidRecordException if the latest assessment has an answer off its scale
     */
    public static ReadinessScore readiness(Partnership partnership, String organisationId, Country market,
            Questionnaire questionnaire) {
        Optional<ReadinessResult> r = current(partnership, organisationId, market, questionnaire, null);
        if (r.isPresent()) {
            return new ReadinessScore(organisationId, market, r.get().overall(), r.get().level(), true);
        }
        ReadinessLevel level = partnership.readiness(organisationId, market);
        return new ReadinessScore(organisationId, market, questionnaire.minScore(level), level, false);
    }

    /**
     * Returns an organisation's readiness for a market on a day, if it has an assessment to rest on.
     *
     * @param partnership the partnership
     * @param organisationId the organisation
     * @param market the market
     * @param questionnaire the questionnaire
     * @param asOf the day, or {@code null} for everything recorded
     * @return the readiness, or empty when there is no assessment
     * @throws IllegalArgumentException if the partnership has no organisation with that id
     */
    public static Optional<ReadinessResult> current(Partnership partnership, String organisationId, Country market,
            Questionnaire questionnaire, LocalDate asOf) {
        requireOrganisation(partnership, organisationId);
        Activities a = partnership.activities();
        return latest(assessments(partnership, organisationId, market, questionnaire), asOf)
                .map(x -> ReadinessScoring.score(questionnaire, x, market, a.trainingModules(), a.participations(),
                        a.webinars(), asOf));
    }

    /**
     * Returns the full report: current readiness, training plan and history.
     *
     * @param partnership the partnership
     * @param organisationId the organisation
     * @param market the market
     * @param questionnaire the questionnaire
     * @return the report, with everything recorded
     * @throws IllegalArgumentException if the partnership has no organisation with that id
     * @throws NoAssessmentException if the organisation has no assessment for the market with the questionnaire
     */
    public static ReadinessReport report(Partnership partnership, String organisationId, Country market,
            Questionnaire questionnaire) {
        Objects.requireNonNull(market, "market");
        ReadinessResult now = current(partnership, organisationId, market, questionnaire, null)
                .orElseThrow(() -> new NoAssessmentException("organisation " + organisationId
                        + " has no readiness assessment for " + market + " with questionnaire " + questionnaire.id()
                        + " (expected an entry of activities.assessments with organisationId " + organisationId
                        + ", market " + market + " or none, questionnaireId " + questionnaire.id() + ")"));
        Activities a = partnership.activities();
        TrainingPlan plan = TrainingPlanner.plan(now, a.trainingModules(), a.participations());
        return new ReadinessReport(organisationId, market, questionnaire.id(), now, plan,
                history(partnership, organisationId, market, questionnaire));
    }

    /**
     * Returns how an organisation's readiness for a market developed: a snapshot after each of its assessments
     * and after each training completion and webinar attendance that raised a score, oldest first.
     *
     * @param partnership the partnership
     * @param organisationId the organisation
     * @param market the market
     * @param questionnaire the questionnaire
     * @return the snapshots, empty when there is no assessment
     * @throws IllegalArgumentException if the partnership has no organisation with that id
     */
    public static List<ReadinessSnapshot> history(Partnership partnership, String organisationId, Country market,
            Questionnaire questionnaire) {
        requireOrganisation(partnership, organisationId);
        List<ReadinessAssessment> mine = assessments(partnership, organisationId, market, questionnaire);
        if (mine.isEmpty()) {
            return List.of();
        }
        Activities a = partnership.activities();
        Map<String, TrainingModule> modules = a.trainingModules().stream()
                .collect(Collectors.toMap(TrainingModule::id, Function.identity(), (x, y) -> x));
        List<Event> events = new ArrayList<>();
        for (ReadinessAssessment x : mine) {
            events.add(new Event(x.date(), 0, "assessment " + x.id()));
        }
        for (TrainingParticipation p : a.participations()) {
            TrainingModule m = modules.get(p.moduleId());
            if (p.status() == ParticipationStatus.COMPLETED && p.organisationId().equals(organisationId)
                    && m != null && m.covers(market) && !m.improves().isEmpty()) {
                events.add(new Event(p.completedOn(), 1, "completed " + p.moduleId()));
            }
        }
        for (Webinar w : a.webinars()) {
            if (w.attendees().contains(organisationId) && w.covers(market) && !w.improves().isEmpty()) {
                events.add(new Event(w.date(), 1, "attended " + w.id()));
            }
        }
        events.sort(Comparator.comparing(Event::date).thenComparingInt(Event::order).thenComparing(Event::what));
        List<ReadinessSnapshot> history = new ArrayList<>();
        for (Event e : events) {
            Optional<ReadinessAssessment> base = latest(mine, e.date());
            if (base.isEmpty()) {
                continue;
            }
            ReadinessResult r = ReadinessScoring.score(questionnaire, base.get(), market, a.trainingModules(),
                    a.participations(), a.webinars(), e.date());
            if (e.order() == 1 && !r.trainingCounted().contains(e.what().substring(e.what().indexOf(' ') + 1))) {
                continue;
            }
            history.add(new ReadinessSnapshot(e.date(), e.what(), r.overall(), r.level(),
                    r.gaps().stream().map(ReadinessGap::dimension).toList()));
        }
        return history;
    }

    private record Event(LocalDate date, int order, String what) {}

    private static void requireOrganisation(Partnership partnership, String organisationId) {
        if (partnership.organisation(organisationId).isEmpty()) {
            throw new IllegalArgumentException("partnership " + partnership.id() + ": no organisation "
                    + organisationId);
        }
    }

    private static List<ReadinessAssessment> assessments(Partnership partnership, String organisationId,
            Country market, Questionnaire questionnaire) {
        return partnership.activities().assessments().stream()
                .filter(x -> x.organisationId().equals(organisationId) && x.covers(market)
                        && x.questionnaireId().equals(questionnaire.id()))
                .toList();
    }

    private static Optional<ReadinessAssessment> latest(List<ReadinessAssessment> assessments, LocalDate asOf) {
        return assessments.stream()
                .filter(x -> asOf == null || !x.date().isAfter(asOf))
                .max(Comparator.comparing(ReadinessAssessment::date)
                        .thenComparing(x -> x.market() != null)
                        .thenComparing(ReadinessAssessment::id));
    }
}
