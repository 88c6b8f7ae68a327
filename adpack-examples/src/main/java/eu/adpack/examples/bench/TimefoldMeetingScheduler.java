package eu.adpack.examples.bench;

import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import eu.adpack.matching.schedule.MeetingTask;
import eu.adpack.matching.schedule.MeetingScheduler;
import eu.adpack.matching.schedule.ScheduleResult;
import eu.adpack.matching.schedule.SchedulingProblem;
import eu.adpack.matching.schedule.Schedules;
import eu.adpack.matching.schedule.SolveOptions;
import eu.adpack.matching.schedule.SolveStatus;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * The benchmark peer: Timefold Solver (local search, one thread, as its community edition runs) on the same problem.
 * It proves nothing, so its result is FEASIBLE with lower bound 0 when it ends without hard violations, else
 * UNKNOWN. With a target, it stops as soon as its best score reaches that many breaks, so that a benchmark does not
 * wait out the time limit once the peer has matched the known optimum. Thread-safe: each solve builds its own solver.
 */
final class TimefoldMeetingScheduler implements MeetingScheduler {

    private final OptionalInt stopAtBreaks;

    TimefoldMeetingScheduler(OptionalInt stopAtBreaks) {
        this.stopAtBreaks = stopAtBreaks;
    }

    @Override
    public ScheduleResult schedule(SchedulingProblem problem, SolveOptions options) {
        long start = System.nanoTime();
        List<TimefoldMeeting> entities = new ArrayList<>();
        for (MeetingTask m : problem.meetings()) {
            List<Integer> allowed = new ArrayList<>();
            for (int s = 1; s <= problem.slots(); s++) {
                if (problem.allows(m, s)) {
                    allowed.add(s);
                }
            }
            if (allowed.isEmpty()) {
                return ScheduleResult.withoutSchedule(SolveStatus.INFEASIBLE, 0, (System.nanoTime() - start) / 1e9);
            }
            Integer fixed = m.fixedSlot().isPresent() ? m.fixedSlot().getAsInt() : null;
            entities.add(new TimefoldMeeting(m.id(), m.first(), m.second(), m.predecessors(), allowed, fixed));
        }
        TerminationConfig termination = new TerminationConfig().withSpentLimit(options.timeLimit());
        if (stopAtBreaks.isPresent()) {
            termination.setBestScoreLimit("0hard/" + (-stopAtBreaks.getAsInt()) + "soft");
        }
        SolverConfig config = new SolverConfig()
                .withSolutionClass(TimefoldSchedule.class)
                .withEntityClasses(TimefoldMeeting.class)
                .withConstraintProviderClass(TimefoldConstraints.class)
                .withEnvironmentMode(EnvironmentMode.NO_ASSERT)
                .withRandomSeed((long) options.seed())
                .withTerminationConfig(termination);
        Solver<TimefoldSchedule> solver = SolverFactory.<TimefoldSchedule>create(config).buildSolver();
        TimefoldSchedule best = solver.solve(new TimefoldSchedule(entities, problem.tables(),
                problem.fairness().orElse(Integer.MAX_VALUE)));
        double seconds = (System.nanoTime() - start) / 1e9;
        Map<Integer, Integer> slots = new HashMap<>();
        for (TimefoldMeeting m : best.meetings) {
            if (m.slot == null) {
                return ScheduleResult.withoutSchedule(SolveStatus.UNKNOWN, 0, seconds);
            }
            slots.put(m.id, m.slot);
        }
        if (best.score == null || best.score.hardScore() < 0) {
            return ScheduleResult.withoutSchedule(SolveStatus.UNKNOWN, 0, seconds);
        }
        return new ScheduleResult(SolveStatus.FEASIBLE, OptionalInt.of(Schedules.totalBreaks(problem, slots)), 0,
                seconds, Schedules.assignTables(problem, slots, options.fewerTableChanges()));
    }
}
