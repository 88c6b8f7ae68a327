package eu.adpack.core.readiness;

import static eu.adpack.core.readiness.ReadinessFixtures.SMALL;
import static eu.adpack.core.readiness.ReadinessFixtures.d;
import static eu.adpack.core.readiness.ReadinessFixtures.first;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import eu.adpack.core.InvalidRecordException;
import eu.adpack.core.geo.Country;
import eu.adpack.core.organisation.ReadinessLevel;
import eu.adpack.core.programme.ReadinessAssessment;
import eu.adpack.core.programme.TrainingModule;
import eu.adpack.core.programme.TrainingParticipation;
import eu.adpack.core.programme.Webinar;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class ReadinessScoringTest {
    private static final double TOL = 1e-12;

    @Test
    void dimensionsAreWeightedMeansOfTheAnswersAsSharesOfTheirScales() {
        ReadinessResult r = ReadinessScoring.score(SMALL, first(), Country.CA);
        assertThat(r.dimensions()).extracting(DimensionScore::dimension).containsExactly("a", "b");
        assertThat(r.dimensions().get(0).score()).isCloseTo(0.4375, within(TOL));
        assertThat(r.dimensions().get(1).score()).isCloseTo(0.6, within(TOL));
        assertThat(r.overall()).isCloseTo(0.5025, within(TOL));
        assertThat(r.level()).isEqualTo(ReadinessLevel.PREPARED);
        assertThat(r.gaps()).extracting(ReadinessGap::dimension).containsExactly("a");
        assertThat(r.gaps().get(0).shortfall()).isCloseTo(0.0625, within(TOL));
        assertThat(r.unanswered()).isEmpty();
    }

    @Test
    void aMarketsOwnThresholdsDecideItsGapsLargestShortfallFirst() {
        ReadinessResult r = ReadinessScoring.score(SMALL, first(), Country.CN);
        assertThat(r.gaps()).extracting(ReadinessGap::dimension).containsExactly("b", "a");
        assertThat(r.gaps().get(0).threshold()).isEqualTo(0.7);
        assertThat(r.gaps().get(0).shortfall()).isCloseTo(0.1, within(TOL));
    }

    @Test
    void unansweredQuestionsAreLeftOutAndAnUnansweredDimensionScoresZero() {
        ReadinessAssessment partial = ReadinessAssessment.of("as-p", "sme", null, d("2024-01-10"), "small",
                Map.of("a2", 4));
        ReadinessResult r = ReadinessScoring.score(SMALL, partial, Country.CA);
        assertThat(r.dimensions().get(0).score()).isCloseTo(0.75, within(TOL));
        assertThat(r.dimensions().get(0).answered()).isEqualTo(1);
        assertThat(r.dimensions().get(1).score()).isZero();
        assertThat(r.unanswered()).containsExactly("a1", "b1");
        assertThat(r.overall()).isCloseTo(0.45, within(TOL));
        assertThat(r.level()).isEqualTo(ReadinessLevel.AWARE);
    }

    @Test
    void trainingCompletedAfterTheAssessmentAddsItsGainsOnceAndOnlyForMarketsItCovers() {
        TrainingModule all = ReadinessFixtures.module("all", 4, Map.of("a", 0.05), List.of());
        TrainingModule cn = ReadinessFixtures.module("cn", 4, Map.of("a", 0.5, "b", 0.9), List.of(), Country.CN);
        List<TrainingParticipation> done = List.of(
                TrainingParticipation.completed("all", "sme", d("2024-02-01")),
                TrainingParticipation.completed("all", "sme", d("2024-02-02")),
                TrainingParticipation.completed("cn", "sme", d("2024-02-01")),
                TrainingParticipation.completed("all", "other", d("2024-02-01")));
        ReadinessResult ca = ReadinessScoring.score(SMALL, first(), Country.CA, List.of(all, cn), done, null);
        assertThat(ca.dimensions().get(0).score()).isCloseTo(0.4875, within(TOL));
        assertThat(ca.dimensions().get(0).trainingGain()).isCloseTo(0.05, within(TOL));
        assertThat(ca.trainingCounted()).containsExactly("all");
        assertThat(ca.asOf()).isEqualTo(d("2024-02-01"));
        ReadinessResult cnResult = ReadinessScoring.score(SMALL, first(), Country.CN, List.of(all, cn), done, null);
        assertThat(cnResult.dimensions().get(0).score()).isCloseTo(0.9875, within(TOL));
        assertThat(cnResult.dimensions().get(1).score()).isEqualTo(1.0);
        assertThat(cnResult.gaps()).isEmpty();
        assertThat(cnResult.level()).isEqualTo(ReadinessLevel.READY);
        ReadinessResult before = ReadinessScoring.score(SMALL, first(), Country.CN, List.of(all, cn), done,
                d("2024-01-31"));
        assertThat(before.trainingCounted()).isEmpty();
        ReadinessResult sameDay = ReadinessScoring.score(SMALL, first(), Country.CA, List.of(all),
                List.of(TrainingParticipation.completed("all", "sme", d("2024-01-10"))), null);
        assertThat(sameDay.trainingCounted()).isEmpty();
    }

    @Test
    void aWebinarAttendedAfterTheAssessmentCountsOnItsDayForTheMarketsItIsAbout() {
        Webinar cn = Webinar.of("w-cn", "GB 9685 in practice", d("2024-03-05"), List.of(Country.CN),
                List.of("sme")).withImproves(Map.of("a", 0.1));
        Webinar missed = Webinar.of("w-all", "Financing", d("2024-03-06"), List.of(), List.of("other"))
                .withImproves(Map.of("b", 0.3));
        ReadinessResult r = ReadinessScoring.score(SMALL, first(), Country.CN, List.of(), List.of(),
                List.of(cn, missed), null);
        assertThat(r.dimensions().get(0).score()).isCloseTo(0.5375, within(TOL));
        assertThat(r.dimensions().get(1).score()).isCloseTo(0.6, within(TOL));
        assertThat(r.trainingCounted()).containsExactly("w-cn");
        assertThat(r.asOf()).isEqualTo(d("2024-03-05"));
        ReadinessResult ca = ReadinessScoring.score(SMALL, first(), Country.CA, List.of(), List.of(),
                List.of(cn, missed), null);
        assertThat(ca.trainingCounted()).isEmpty();
    }

    @Test
    void answersOffTheScaleOrToUnknownQuestionsNameTheAssessmentAndQuestion() {
        ReadinessAssessment off = ReadinessAssessment.of("as-x", "sme", null, d("2024-01-10"), "small",
                Map.of("a1", 6));
        assertThatThrownBy(() -> ReadinessScoring.score(SMALL, off, Country.CA))
                .isInstanceOf(InvalidRecordException.class).hasMessage(
                        "readiness assessment as-x: answers.a1: '6' is off the scale (expected a whole number from 1"
                                + " to 5)");
        ReadinessAssessment stray = ReadinessAssessment.of("as-y", "sme", null, d("2024-01-10"), "small",
                Map.of("zz", 3));
        assertThatThrownBy(() -> ReadinessScoring.score(SMALL, stray, Country.CA))
                .hasMessageStartingWith("readiness assessment as-y: answers.zz: '3' answers a question");
        ReadinessAssessment other = ReadinessAssessment.of("as-z", "sme", null, d("2024-01-10"), "big",
                Map.of());
        assertThatThrownBy(() -> ReadinessScoring.score(SMALL, other, Country.CA))
                .hasMessageContaining("questionnaireId: 'big' is not the questionnaire it is scored with");
    }

    @Test
    void theDefaultQuestionnaireScoresAllFivesAsReadyAndAllOnesAsNotStarted() {
        Questionnaire q = Questionnaires.standard();
        Map<String, Integer> fives = new TreeMap<>();
        Map<String, Integer> ones = new TreeMap<>();
        q.questions().forEach(x -> {
            fives.put(x.id(), 5);
            ones.put(x.id(), 1);
        });
        ReadinessResult top = ReadinessScoring.score(q,
                ReadinessAssessment.of("t", "sme", Country.CN, d("2024-01-01"), q.id(), fives), Country.CN);
        assertThat(top.overall()).isCloseTo(1, within(1e-9));
        assertThat(top.level()).isEqualTo(ReadinessLevel.READY);
        assertThat(top.gaps()).isEmpty();
        ReadinessResult bottom = ReadinessScoring.score(q,
                ReadinessAssessment.of("b", "sme", Country.CN, d("2024-01-01"), q.id(), ones), Country.CN);
        assertThat(bottom.overall()).isZero();
        assertThat(bottom.level()).isEqualTo(ReadinessLevel.NOT_STARTED);
        assertThat(bottom.gaps()).hasSize(8);
        assertThat(bottom.gaps().get(0).dimension()).isIn("regulatory", "ip");
    }
}
