package eu.adpack.core.readiness;

import eu.adpack.core.InvalidRecordException;
import eu.adpack.core.Problem;
import eu.adpack.core.partnership.Partnership;
import eu.adpack.core.programme.ReadinessAssessment;
import eu.adpack.core.programme.TrainingModule;
import eu.adpack.core.programme.Webinar;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Checks a partnership's readiness data against itself and a questionnaire, reporting every problem at once:
 * assessments of unknown organisations, duplicate assessment ids, answers off their scales or to unknown questions
 * (for assessments of that questionnaire), training modules and webinars that improve a dimension the
 * questionnaire does not have, and prerequisites that are unknown, or form a cycle. Stateless and thread-safe.
 */
public final class ReadinessChecks {
    private ReadinessChecks() {}

    /**
     * Returns every readiness problem of a partnership.
     *
     * @param partnership the partnership
     * @param questionnaire the questionnaire its assessments and gains are read with
     * @return the problems in a stable order, empty when there is none
     */
    public static List<Problem> validate(Partnership partnership, Questionnaire questionnaire) {
        List<Problem> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (ReadinessAssessment a : partnership.activities().assessments()) {
            String r = "readiness assessment " + a.id();
            if (!ids.add(a.id())) {
                problems.add(Problem.of(Problem.DUPLICATE_ID, r, "id", a.id(), "is given twice"));
            }
            if (partnership.organisation(a.organisationId()).isEmpty()) {
                problems.add(Problem.of(Problem.DANGLING_REFERENCE, r, "organisationId", a.organisationId(),
                        "is not an organisation of the partnership"));
            }
            if (a.questionnaireId().equals(questionnaire.id())) {
                try {
                    ReadinessScoring.checkAnswers(questionnaire, a);
                } catch (InvalidRecordException e) {
                    problems.add(Problem.of(Problem.INVALID_RECORD, r, e.field(), e.value(),
                            e.reason() + " (expected " + e.expected() + ")"));
                }
            }
        }
        Map<String, TrainingModule> modules = partnership.activities().trainingModules().stream()
                .collect(Collectors.toMap(TrainingModule::id, Function.identity(), (x, y) -> x));
        for (TrainingModule m : partnership.activities().trainingModules()) {
            String r = "training module " + m.id();
            unknownDimensions(problems, r, m.improves(), questionnaire);
            for (String pre : m.prerequisites()) {
                if (!modules.containsKey(pre)) {
                    problems.add(Problem.of(Problem.DANGLING_REFERENCE, r, "prerequisites", pre,
                            "is not a training module of the partnership"));
                }
            }
            if (reaches(m.id(), m, modules, new HashSet<>())) {
                problems.add(Problem.of(Problem.INCONSISTENT, r, "prerequisites", m.prerequisites(),
                        "lead back to the module itself (a prerequisite cycle)"));
            }
        }
        for (Webinar w : partnership.activities().webinars()) {
            unknownDimensions(problems, "webinar " + w.id(), w.improves(), questionnaire);
        }
        return problems;
    }

    private static void unknownDimensions(List<Problem> problems, String record, Map<String, Double> improves,
            Questionnaire questionnaire) {
        for (String d : improves.keySet()) {
            if (questionnaire.dimension(d).isEmpty()) {
                problems.add(Problem.of(Problem.DANGLING_REFERENCE, record, "improves." + d, d,
                        "is not a dimension of questionnaire " + questionnaire.id()));
            }
        }
    }

    private static boolean reaches(String target, TrainingModule from, Map<String, TrainingModule> modules,
            Set<String> seen) {
        for (String pre : from.prerequisites()) {
            if (pre.equals(target)) {
                return true;
            }
            TrainingModule next = modules.get(pre);
            if (next != null && seen.add(pre) && reaches(target, next, modules, seen)) {
                return true;
            }
        }
        return false;
    }
}
