package eu.adpack.examples.bench;

import static org.assertj.core.api.Assertions.assertThat;

import eu.adpack.matching.schedule.ScheduleChecker;
import eu.adpack.matching.schedule.ScheduleResult;
import eu.adpack.matching.schedule.Schedules;
import eu.adpack.matching.schedule.SolveOptions;
import eu.adpack.matching.schedule.SolveStatus;
import eu.adpack.scheduling.cpsat.CpSatMeetingScheduler;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * The generated variants: at least 100, reproducible, the "feasible" ones feasible by the independent checker, and
 * CP-SAT right on a bounded share of them (the benchmark runs them all, with its own time limit).
 */
class SchedulingVariantsTest {

    @Test
    void everyOriginalGivesReproducibleVariantsAndTheKnownSchedulesHold() {
        List<SchedulingVariants.Variant> all = new ArrayList<>();
        for (String name : SchedulingBenchCommand.OPTIMA.keySet()) {
            all.addAll(SchedulingVariants.of(name, SchedulingBenchCommand.instance(name), SchedulingVariants.SEED));
        }
        assertThat(all.size()).isGreaterThanOrEqualTo(100);
        assertThat(all).filteredOn(SchedulingVariants.Variant::feasibleByConstruction).hasSizeGreaterThan(50);
        for (SchedulingVariants.Variant v : all) {
            if (v.feasibleByConstruction()) {
                ScheduleResult known = new ScheduleResult(SolveStatus.FEASIBLE, OptionalInt.of(v.knownBreaks()), 0, 0,
                        Schedules.assignTables(v.problem(), v.knownSchedule(), false));
                assertThat(ScheduleChecker.violations(v.problem(), known)).as(v.name()).isEmpty();
            }
        }
        List<SchedulingVariants.Variant> again = SchedulingVariants.of("tic-12", SchedulingBenchCommand.instance(
                "tic-12"), SchedulingVariants.SEED);
        assertThat(again).extracting(SchedulingVariants.Variant::problem).containsExactlyElementsOf(all.stream()
                .filter(v -> v.name().startsWith("tic-12/")).map(SchedulingVariants.Variant::problem).toList());
    }

    @Test
    void cpSatIsNeverWrongOnTheVariantsOfAnOriginal() {
        CpSatMeetingScheduler solver = new CpSatMeetingScheduler();
        SolveOptions options = SolveOptions.DEFAULT.withTimeLimit(Duration.ofSeconds(20));
        int settled = 0;
        int n = 0;
        for (String name : List.of("tic-12")) {
            for (SchedulingVariants.Variant v : SchedulingVariants.of(name, SchedulingBenchCommand.instance(name),
                    SchedulingVariants.SEED)) {
                ScheduleResult r = solver.schedule(v.problem(), options);
                String verdict = SchedulingBenchCommand.verdict(v, r, false);
                assertThat(verdict).as(v.name()).doesNotStartWith("WRONG");
                if (v.feasibleByConstruction()) {
                    assertThat(r.status()).as(v.name()).isNotEqualTo(SolveStatus.INFEASIBLE);
                }
                if (v.feasibleByConstruction() && r.status() == SolveStatus.OPTIMAL) {
                    assertThat(r.totalBreaks().getAsInt()).as(v.name()).isLessThanOrEqualTo(v.knownBreaks());
                }
                settled += verdict.equals("right") ? 1 : 0;
                n++;
            }
        }
        // Time limits in tests only bound the run; most variants of these small originals settle within them.
        assertThat(settled).isGreaterThanOrEqualTo(n / 2);
    }
}
