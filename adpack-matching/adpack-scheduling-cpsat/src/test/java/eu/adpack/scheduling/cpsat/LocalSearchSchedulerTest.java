package eu.adpack.scheduling.cpsat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import eu.adpack.matching.schedule.DznReader;
import eu.adpack.matching.schedule.LocalSearchScheduler;
import eu.adpack.matching.schedule.ScheduleChecker;
import eu.adpack.matching.schedule.ScheduleResult;
import eu.adpack.matching.schedule.SchedulingProblem;
import eu.adpack.matching.schedule.SolveOptions;
import eu.adpack.matching.schedule.SolveStatus;
import java.nio.file.Path;
import java.time.Duration;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The local search: its schedules are always valid, never better than the optimum, and found on the originals. */
class LocalSearchSchedulerTest {

    private static final LocalSearchScheduler SEARCH = new LocalSearchScheduler();
    private static final SolveOptions OPTIONS = SolveOptions.DEFAULT.withTimeLimit(Duration.ofSeconds(20));

    @ParameterizedTest
    @ValueSource(strings = {"tic-12", "tic-13crafc", "forumt-14", "forum-13"})
    void findsAValidFairScheduleOnTheOriginals(String name) throws Exception {
        SchedulingProblem p = DznReader.read(Path.of(getClass().getResource("/b2b-meetings/" + name
                + ".original.dzn").toURI())).withFairness(OptionalInt.of(2));
        ScheduleResult r = SEARCH.schedule(p, OPTIONS);
        assertThat(r.status()).isIn(SolveStatus.FEASIBLE, SolveStatus.OPTIMAL);
        assertThat(ScheduleChecker.violations(p, r)).isEmpty();
        assertThat(r.lowerBound()).isZero();
    }

    @Test
    void onSmallProblemsEveryScheduleIsValidAndNoBetterThanBruteForce() {
        AtomicInteger feasible = new AtomicInteger();
        AtomicInteger found = new AtomicInteger();
        qt().withFixedSeed(20261203L).withExamples(120).forAll(longs().all()).checkAssert(seed -> {
            SchedulingProblem p = CpSatMeetingSchedulerPropertyTest.random(seed);
            int optimum = CpSatMeetingSchedulerPropertyTest.bruteForce(p);
            ScheduleResult r = SEARCH.schedule(p, OPTIONS);
            assertThat(r.status()).isNotEqualTo(SolveStatus.INFEASIBLE);
            if (r.totalBreaks().isPresent()) {
                assertThat(optimum).as("a schedule of an infeasible problem").isGreaterThanOrEqualTo(0);
                assertThat(ScheduleChecker.violations(p, r)).isEmpty();
                assertThat(r.totalBreaks().getAsInt()).isGreaterThanOrEqualTo(optimum);
            }
            if (optimum >= 0) {
                feasible.incrementAndGet();
                found.addAndGet(r.totalBreaks().isPresent() ? 1 : 0);
            }
        });
        assertThat(found.get()).as("feasible small problems solved").isGreaterThanOrEqualTo(feasible.get() * 9 / 10);
    }
}
