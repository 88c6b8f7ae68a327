package eu.adpack.core.readiness;

import static eu.adpack.core.readiness.ReadinessFixtures.SMALL;
import static eu.adpack.core.readiness.ReadinessFixtures.d;
import static eu.adpack.core.readiness.ReadinessFixtures.module;
import static org.assertj.core.api.Assertions.assertThat;

import eu.adpack.core.Problem;
import eu.adpack.core.partnership.Partnership;
import eu.adpack.core.programme.ReadinessAssessment;
import eu.adpack.core.programme.Webinar;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReadinessChecksTest {
    @Test
    void theFixtureIsClean() {
        assertThat(ReadinessChecks.validate(ReadinessFixtures.partnership(), SMALL)).isEmpty();
    }

    @Test
    void everyReadinessProblemIsReportedAtOnce() {
        Partnership p = ReadinessFixtures.partnership().toBuilder()
                .assessment(ReadinessAssessment.of("as-1", "ghost", null, d("2024-01-01"), "small",
                        Map.of("a1", 9)))
                .trainingModule(module("loop-1", 1, Map.of("zz", 0.1), List.of("loop-2")))
                .trainingModule(module("loop-2", 1, Map.of(), List.of("loop-1", "missing")))
                .webinar(Webinar.of("w", "W", d("2024-01-01"), List.of(), List.of()).withImproves(Map.of("q", 0.2)))
                .build();
        assertThat(ReadinessChecks.validate(p, SMALL)).extracting(Problem::toString).containsExactly(
                "[adpack/duplicate-id] readiness assessment as-1: id: 'as-1' is given twice",
                "[adpack/dangling-reference] readiness assessment as-1: organisationId: 'ghost' is not an"
                        + " organisation of the partnership",
                "[adpack/invalid-record] readiness assessment as-1: answers.a1: '9' is off the scale (expected a"
                        + " whole number from 1 to 5)",
                "[adpack/dangling-reference] training module loop-1: improves.zz: 'zz' is not a dimension of"
                        + " questionnaire small",
                "[adpack/inconsistent] training module loop-1: prerequisites: '[loop-2]' lead back to the module"
                        + " itself (a prerequisite cycle)",
                "[adpack/dangling-reference] training module loop-2: prerequisites: 'missing' is not a training"
                        + " module of the partnership",
                "[adpack/inconsistent] training module loop-2: prerequisites: '[loop-1, missing]' lead back to the"
                        + " module itself (a prerequisite cycle)",
                "[adpack/dangling-reference] webinar w: improves.q: 'q' is not a dimension of questionnaire small");
    }
}
