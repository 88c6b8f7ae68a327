package eu.adpack.core.readiness;

import eu.adpack.core.geo.Country;
import eu.adpack.core.organisation.Organisation;
import eu.adpack.core.organisation.ReadinessLevel;
import eu.adpack.core.organisation.SizeClass;
import eu.adpack.core.partnership.Cluster;
import eu.adpack.core.partnership.ClusterRole;
import eu.adpack.core.partnership.Partnership;
import eu.adpack.core.programme.IntermediaryService;
import eu.adpack.core.programme.ReadinessAssessment;
import eu.adpack.core.programme.TrainingModule;
import eu.adpack.core.programme.TrainingParticipation;
import eu.adpack.core.taxonomy.Sector;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A two-dimension questionnaire and a partnership whose scores were worked out by hand.
 *
 * <p>Dimension a (weight 0.6, threshold 0.5) has a1 (weight 1, 1–5) and a2 (weight 3, 1–5); b (weight 0.4,
 * threshold 0.5, 0.7 for CN) has b1 (0–10). Answers a1 = 5, a2 = 2, b1 = 6 give a = (1·1 + 3·0.25) / 4 = 0.4375,
 * b = 0.6, overall 0.6·0.4375 + 0.4·0.6 = 0.5025 (PREPARED from 0.5).
 */
final class ReadinessFixtures {
    private ReadinessFixtures() {}

    static final Questionnaire SMALL = new Questionnaire("small", "Small", null,
            List.of(ReadinessDimension.of("a", "Alpha", 0.6, 0.5, Set.of(IntermediaryService.REGULATORY_ADVICE)),
                    ReadinessDimension.of("b", "Beta", 0.4, 0.5, Set.of(IntermediaryService.FINANCING))),
            List.of(Question.of("a1", "a", "A one?"),
                    new Question("a2", "a", "A two?", 3.0, AnswerScale.ONE_TO_FIVE),
                    new Question("b1", "b", "B one?", null, new AnswerScale(0, 10, List.of()))),
            List.of(MarketThresholds.of(Country.CN, Map.of("b", 0.7))),
            List.of(new LevelBand(ReadinessLevel.NOT_STARTED, 0), new LevelBand(ReadinessLevel.AWARE, 0.25),
                    new LevelBand(ReadinessLevel.PREPARED, 0.5), new LevelBand(ReadinessLevel.READY, 0.8)));

    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    static ReadinessAssessment first() {
        return ReadinessAssessment.of("as-1", "sme", null, d("2024-01-10"), "small",
                Map.of("a1", 5, "a2", 2, "b1", 6));
    }

    static TrainingModule module(String id, int hours, Map<String, Double> gains, List<String> prerequisites,
            Country... markets) {
        return new TrainingModule(id, "Module " + id, null, new TreeSet<>(List.of(markets)),
                ReadinessLevel.AWARE, d("2024-02-01"), d("2024-02-01"), hours, true).withPlanning(gains,
                        prerequisites);
    }

    /** The SME assessed on 2024-01-10 (general) and 2024-06-01 (for CN), trained in between. */
    static Partnership partnership() {
        Organisation sme = Organisation.builder("sme").legalName("Smart Label s.r.o.").country(Country.of("CZ"))
                .sizeClass(SizeClass.SMALL).sector(Sector.PACKAGING).readiness(Country.US, ReadinessLevel.AWARE)
                .build();
        Organisation other = Organisation.builder("other").legalName("Other s.r.o.").country(Country.of("CZ"))
                .sizeClass(SizeClass.MICRO).sector(Sector.PACKAGING).build();
        return Partnership.builder("p").name("P").period(d("2023-01-01"), d("2025-12-31")).coordinator("c")
                .cluster(new Cluster("c", "Cluster", Country.of("CZ"), null, List.of(Sector.PACKAGING),
                        List.of("sme", "other"), ClusterRole.COORDINATOR, null))
                .organisation(sme).organisation(other)
                .trainingModule(module("reg-intro", 4, Map.of("a", 0.05), List.of()))
                .trainingModule(module("reg-cn", 8, Map.of("a", 0.1), List.of("reg-intro"), Country.CN))
                .trainingModule(module("fin", 6, Map.of("b", 0.15), List.of()))
                .trainingModule(module("fin-big", 20, Map.of("b", 0.3, "a", 0.02), List.of()))
                .participation(TrainingParticipation.completed("reg-intro", "sme", d("2024-03-01")))
                .participation(TrainingParticipation.completed("reg-cn", "other", d("2024-03-01")))
                .assessment(first())
                .assessment(ReadinessAssessment.of("as-2", "sme", Country.CN, d("2024-06-01"), "small",
                        Map.of("a1", 5, "a2", 3, "b1", 6)))
                .build();
    }
}
