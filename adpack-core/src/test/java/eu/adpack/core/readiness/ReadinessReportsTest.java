package eu.adpack.core.readiness;

import static eu.adpack.core.readiness.ReadinessFixtures.SMALL;
import static eu.adpack.core.readiness.ReadinessFixtures.d;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import eu.adpack.core.geo.Country;
import eu.adpack.core.geo.Language;
import eu.adpack.core.json.AdpackJson;
import eu.adpack.core.organisation.ReadinessLevel;
import eu.adpack.core.partnership.Partnership;
import eu.adpack.core.programme.Intermediary;
import eu.adpack.core.programme.IntermediaryKind;
import eu.adpack.core.programme.IntermediaryService;
import eu.adpack.core.programme.TrainingModule;
import eu.adpack.core.programme.Webinar;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class ReadinessReportsTest {
    private static final AdpackJson JSON = AdpackJson.standard();
    private static final double TOL = 1e-12;

    @Test
    void theCurrentReadinessRestsOnTheLatestAssessmentForTheMarketPlusLaterTraining() {
        Partnership p = ReadinessFixtures.partnership();
        ReadinessResult ca = ReadinessReports.current(p, "sme", Country.CA, SMALL, null).orElseThrow();
        assertThat(ca.assessmentId()).isEqualTo("as-1");
        assertThat(ca.trainingCounted()).containsExactly("reg-intro");
        assertThat(ca.dimensions().get(0).score()).isCloseTo(0.4875, within(TOL));
        assertThat(ca.overall()).isCloseTo(0.5325, within(TOL));
        ReadinessResult cn = ReadinessReports.current(p, "sme", Country.CN, SMALL, null).orElseThrow();
        assertThat(cn.assessmentId()).isEqualTo("as-2");
        assertThat(cn.trainingCounted()).isEmpty();
        assertThat(cn.overall()).isCloseTo(0.615, within(TOL));
        assertThat(cn.gaps()).extracting(ReadinessGap::dimension).containsExactly("b");
        ReadinessResult early = ReadinessReports.current(p, "sme", Country.CN, SMALL, d("2024-02-01"))
                .orElseThrow();
        assertThat(early.assessmentId()).isEqualTo("as-1");
    }

    @Test
    void theReportRecommendsTheShortestPlanAndShowsProgressOverTime() {
        ReadinessReport r = ReadinessReports.report(ReadinessFixtures.partnership(), "sme", Country.CN, SMALL);
        assertThat(r.plan().modules()).extracting(PlannedModule::moduleId).containsExactly("fin");
        assertThat(r.plan().modules().get(0).reason()).isEqualTo("raises Beta by 0.15 (now 0.60, CN threshold 0.70)");
        assertThat(r.history()).extracting(ReadinessSnapshot::event)
                .containsExactly("assessment as-1", "completed reg-intro", "assessment as-2");
        assertThat(r.history()).extracting(ReadinessSnapshot::overall).satisfiesExactly(
                x -> assertThat(x).isCloseTo(0.5025, within(TOL)),
                x -> assertThat(x).isCloseTo(0.5325, within(TOL)),
                x -> assertThat(x).isCloseTo(0.615, within(TOL)));
        assertThat(r.history().get(0).gaps()).containsExactly("b", "a");
        assertThat(r.history().get(2).gaps()).containsExactly("b");
        assertThat(JSON.read(JSON.write(r), ReadinessReport.class)).isEqualTo(r);
    }

    @Test
    void webinarsAttendedShowInTheHistory() {
        Partnership p = ReadinessFixtures.partnership().toBuilder()
                .webinar(Webinar.of("w-1", "Beta basics", d("2024-07-01"), List.of(), List.of("sme"))
                        .withImproves(Map.of("b", 0.1)))
                .build();
        ReadinessReport r = ReadinessReports.report(p, "sme", Country.CN, SMALL);
        assertThat(r.history()).extracting(ReadinessSnapshot::event).endsWith("assessment as-2", "attended w-1");
        assertThat(r.readiness().gaps()).isEmpty();
        assertThat(r.readiness().overall()).isCloseTo(0.655, within(TOL));
        assertThat(r.plan().modules()).isEmpty();
    }

    @Test
    void theSmallCallGivesAScoreAndLevelWithOrWithoutAnAssessment() {
        Partnership p = ReadinessFixtures.partnership();
        ReadinessScore assessed = ReadinessReports.readiness(p, "sme", Country.CN, SMALL);
        assertThat(assessed.assessed()).isTrue();
        assertThat(assessed.score()).isCloseTo(0.615, within(TOL));
        assertThat(assessed.level()).isEqualTo(ReadinessLevel.PREPARED);
        ReadinessScore declared = ReadinessReports.readiness(p, "sme", Country.US);
        assertThat(declared.assessed()).isFalse();
        assertThat(declared.level()).isEqualTo(ReadinessLevel.AWARE);
        assertThat(declared.score()).isEqualTo(0.3);
        assertThat(ReadinessReports.readiness(p, "other", Country.US).score()).isZero();
        assertThat(JSON.read(JSON.write(assessed), ReadinessScore.class)).isEqualTo(assessed);
    }

    @Test
    void withoutAnAssessmentTheReportSaysWhatIsMissing() {
        Partnership p = ReadinessFixtures.partnership();
        assertThatThrownBy(() -> ReadinessReports.report(p, "other", Country.CA, SMALL))
                .isInstanceOf(NoAssessmentException.class)
                .hasMessageStartingWith("organisation other has no readiness assessment for CA with questionnaire small");
        assertThatThrownBy(() -> ReadinessReports.report(p, "nobody", Country.CA, SMALL))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("partnership p: no organisation nobody");
    }

    @Test
    void partnershipsWithAssessmentsPlanningAndDirectoryFieldsRoundTrip() {
        Partnership p = ReadinessFixtures.partnership().toBuilder()
                .intermediary(new Intermediary("cci-cn", "Chamber", Country.CN, "Shanghai",
                        IntermediaryKind.CHAMBER_OF_COMMERCE, List.of(), null, List.of(),
                        new TreeSet<>(List.of(IntermediaryService.REGULATORY_ADVICE)),
                        new TreeSet<>(List.of(Language.parse("zh"), Language.parse("en")))))
                .build();
        String once = JSON.write(p);
        Partnership back = JSON.read(once, Partnership.class);
        assertThat(back).isEqualTo(p);
        assertThat(back.activities().assessments()).hasSize(2);
        assertThat(back.activities().trainingModules().get(1).prerequisites()).containsExactly("reg-intro");
        assertThat(once).contains("\"improves\"", "\"prerequisites\"", "\"assessments\"", "\"services\"");
    }

    @Test
    void filesWrittenBeforeTheseFieldsStillRead() {
        String old = """
                {"id": "tm", "title": "Old", "markets": ["CA"], "readinessLevel": "AWARE",
                 "start": "2024-01-01", "end": "2024-01-02", "online": false}
                """;
        TrainingModule m = JSON.read(old, TrainingModule.class);
        assertThat(m.improves()).isEmpty();
        assertThat(m.prerequisites()).isEmpty();
        assertThat(m.planHours()).isEqualTo(16);
        Intermediary i = JSON.read("{\"id\": \"i\", \"name\": \"I\", \"country\": \"CN\", \"kind\": \"OTHER\"}",
                Intermediary.class);
        assertThat(i.services()).isEmpty();
        assertThat(i.languages()).isEmpty();
    }

    @Test
    void aGainOutOfRangeIsNamedWithTheModule() {
        assertThatThrownBy(() -> ReadinessFixtures.module("tm-x", 1, Map.of("a", 1.5), List.of()))
                .hasMessage("training module tm-x: improves.a: '1.5' is not valid (expected a share of the"
                        + " dimension's score in (0, 1])");
    }
}
