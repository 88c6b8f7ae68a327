package eu.adpack.scheduling.cpsat;

import com.google.ortools.Loader;
import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;
import eu.adpack.matching.schedule.InvalidProblemException;
import eu.adpack.matching.schedule.LocalSearchScheduler;
import eu.adpack.matching.schedule.MeetingScheduler;
import eu.adpack.matching.schedule.MeetingTask;
import eu.adpack.matching.schedule.RepairResult;
import eu.adpack.matching.schedule.ScheduleRepairer;
import eu.adpack.matching.schedule.ScheduleResult;
import eu.adpack.matching.schedule.SchedulingProblem;
import eu.adpack.matching.schedule.Schedules;
import eu.adpack.matching.schedule.SlotWindow;
import eu.adpack.matching.schedule.SolveOptions;
import eu.adpack.matching.schedule.SolveStatus;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link MeetingScheduler} on Google OR-Tools CP-SAT that proves its schedules optimal.
 *
 * <p>How it solves, and why:
 * <ul>
 *   <li>A first schedule from {@link LocalSearchScheduler} (at most 1 s, a quarter of the limit for short limits):
 *       valid and fair, the solver's hint, the upper bound that ends the probing early, and the answer (with the
 *       bound proved so far) when the time runs out. A schedule without breaks ends the solve at once.</li>
 *   <li>Without a first schedule, one feasibility solve settles whether any schedule exists, so that an infeasible
 *       problem is proved so at once (with the fairness bound, fixed slots and precedences of the problem) instead
 *       of through one probe per bound.</li>
 *   <li>The model (package-private {@code BreaksModel}) adds to the time-indexed Booleans the busy, run-start and
 *       span variables of each participant and implied constraints: busy slots per participant = her meetings, per
 *       session at least her session-bound meetings, busy participants per slot ≤ 2 × tables, a busy slot has a run
 *       start within the k − 1 slots before it, and without a break the run covers k slots. With a plain objective
 *       the 21-slot forum instances stayed at lower bound 0; with these the linear relaxation proves their bounds.</li>
 *   <li>Lower-bound probing: instead of one minimisation, "total breaks = B" is solved as a feasibility question for
 *       B = 0, 1, … below the first schedule's breaks; each infeasible answer is a proof that raises the bound, and
 *       the first feasible B is optimal (as is the first schedule, when B reaches its breaks). Proofs come from a
 *       worker with CP-SAT's strongest linear relaxation ({@code max_lp}); solutions from a second worker without
 *       it ({@code no_lp}), which finds them faster (forum-14 at B = 2: under 1 s against none in 60 s with the
 *       default workers).</li>
 *   <li>For B = 1, after 3 s as one probe, the probe is split by who has the break: one presolved sub-problem per
 *       participant, most of them refuted in a fraction of a second (forum-13crafc and ticf-13crafc: proved in 14–18 s,
 *       against no 1-break schedule in 60 s as one probe).</li>
 *   <li>The only symmetry broken is the reversal of the day (s → slots + 1 − s), when every meeting's allowed slots
 *       are symmetric and there are no precedences (the tic instances): it keeps the reversed twin of each schedule
 *       out of the search.</li>
 *   <li>Caps per participant and slot range ({@link eu.adpack.matching.schedule.SlotRangeCap}, an event's caps
 *       per session): her busy slots in the range ≤ the cap, one linear constraint per cap she could exceed. A
 *       problem without caps (the published instances) gets no extra constraint; with caps, the reversal symmetry
 *       is not broken, since a cap on the morning is not one on the afternoon.</li>
 *   <li>A tenth of the time limit (at most 3 s) is kept back: if the probes do not finish, a minimisation from the
 *       best schedule known improves it, and the result is FEASIBLE with the proved bound (its
 *       {@linkplain ScheduleResult#gap() gap} says how far from optimal it can be).</li>
 * </ul>
 *
 * <p>{@link #repair} re-schedules after changes with the lexicographic objective of {@link ScheduleRepairer}, as one
 * minimisation of moved × (most breaks + 1) + breaks hinted with the previous schedule.
 *
 * <p>Stateless and thread-safe; each solve builds its own model and uses {@link SolveOptions#workers()} solver
 * threads for its duration (CP-SAT's own threads, joined before the call returns). The seed is fixed, but with more
 * than one worker CP-SAT's parallel search is not deterministic: the status and the optimum are reproducible, the
 * schedule chosen among equally good ones and the time may differ from run to run. Tables are handed out after the
 * slots, by {@link Schedules#assignTables} (greedy, fewer table changes when asked).
 */
public final class CpSatMeetingScheduler implements MeetingScheduler, ScheduleRepairer {

    private static final Logger LOG = LoggerFactory.getLogger(CpSatMeetingScheduler.class);
    private static final long DIRECT_SLICE_NANOS = 3_000_000_000L;
    private static final long FIRST_SCHEDULE_NANOS = 1_000_000_000L;

    static {
        Loader.loadNativeLibraries();
    }

    /** Creates the scheduler. */
    public CpSatMeetingScheduler() {
    }

    @Override
    public ScheduleResult schedule(SchedulingProblem problem, SolveOptions options) {
        long start = System.nanoTime();
        long deadline = start + options.timeLimit().toNanos();
        // A first schedule from the local search, within a second: the solver's hint and the answer if time runs out.
        long firstBudget = Math.min(FIRST_SCHEDULE_NANOS, options.timeLimit().toNanos() / 4);
        ScheduleResult first = new LocalSearchScheduler().schedule(problem,
                options.withTimeLimit(Duration.ofNanos(Math.max(1, firstBudget))));
        Map<Integer, Integer> incumbent = first.totalBreaks().isPresent() ? first.slotsByMeeting() : null;
        int incumbentBreaks = incumbent == null ? Integer.MAX_VALUE : first.totalBreaks().getAsInt();
        LOG.debug("first schedule: {} breaks after {} s", first.totalBreaks(), elapsed(start));
        if (incumbentBreaks == 0) {
            return finish(problem, options, SolveStatus.OPTIMAL, incumbent, 0, start);
        }
        BreaksModel m = new BreaksModel(problem);
        if (incumbent != null) {
            m.hint(incumbent);
        } else if (!options.hint().isEmpty()) {
            m.hint(options.hint());
        }
        // Time kept back for an incumbent in case the probes do not finish, so that a short limit still yields a
        // schedule; when they finish, it costs nothing.
        long reserve = Math.min(options.timeLimit().toNanos() / 10, 3_000_000_000L);
        long probeDeadline = deadline - reserve;
        if (incumbent == null) {
            // Without a first schedule, settle feasibility before probing, so that an infeasible problem is proved
            // so by one solve instead of one probe per bound.
            Probe any = firstSolution(m, 0, options, probeDeadline);
            if (any.status() == CpSolverStatus.INFEASIBLE) {
                return ScheduleResult.withoutSchedule(SolveStatus.INFEASIBLE, 0, elapsed(start));
            }
            if (any.slots() != null) {
                incumbent = any.slots();
                incumbentBreaks = Schedules.totalBreaks(problem, incumbent);
                m.hint(incumbent);
            }
        }
        int lower = 0;
        boolean timedOut = false;
        while (lower < incumbentBreaks) {
            if (System.nanoTime() >= probeDeadline) {
                timedOut = true;
                break;
            }
            Probe probe = lower == 1 ? probeOneBreak(m, options, probeDeadline) : probe(m, lower, options, probeDeadline);
            LOG.debug("probe total={}: {} after {} s", lower, probe.status(), elapsed(start));
            if (probe.status() == CpSolverStatus.INFEASIBLE) {
                if (lower >= m.totalUpper) {
                    return ScheduleResult.withoutSchedule(SolveStatus.INFEASIBLE, lower, elapsed(start));
                }
                lower++;
            } else if (probe.slots() != null) {
                incumbent = probe.slots();
                incumbentBreaks = Schedules.totalBreaks(problem, incumbent);
                break;
            } else {
                timedOut = true;
                break;
            }
        }
        if (incumbent != null && timedOut && incumbentBreaks > lower) {
            // Cut short: spend the reserve improving the incumbent rather than returning it as it is.
            Probe better = improve(m, lower, incumbentBreaks - 1, incumbent, options, deadline);
            if (better.slots() != null) {
                incumbent = better.slots();
                incumbentBreaks = Schedules.totalBreaks(problem, incumbent);
            }
        }
        if (incumbent == null) {
            Probe any = firstSolution(m, lower, options, deadline);
            if (any.status() == CpSolverStatus.INFEASIBLE) {
                return ScheduleResult.withoutSchedule(SolveStatus.INFEASIBLE, lower, elapsed(start));
            }
            if (any.slots() != null) {
                incumbent = any.slots();
                incumbentBreaks = Schedules.totalBreaks(problem, incumbent);
            }
        }
        if (incumbent == null) {
            return ScheduleResult.withoutSchedule(SolveStatus.UNKNOWN, lower, elapsed(start));
        }
        boolean optimal = !timedOut && incumbentBreaks <= lower;
        return finish(problem, options, optimal ? SolveStatus.OPTIMAL : SolveStatus.FEASIBLE, incumbent,
                optimal ? incumbentBreaks : Math.min(lower, incumbentBreaks), start);
    }

    /**
     * Repairs a schedule with one CP-SAT minimisation of moved × (most breaks + 1) + breaks, which is the
     * lexicographic objective: a move always costs more than any number of breaks. The previous slots are the
     * solver's hint; a meeting whose previous slot the changed problem no longer allows counts as moved whatever
     * it takes.
     */
    @Override
    public RepairResult repair(SchedulingProblem changed, Map<Integer, Integer> previous, SolveOptions options) {
        long start = System.nanoTime();
        BreaksModel m = new BreaksModel(changed);
        m.hint(previous);
        long weight = m.totalUpper + 1L;
        LinearExprBuilder objective = LinearExpr.newBuilder();
        int forced = 0;
        for (int i = 0; i < m.meetings.size(); i++) {
            Integer before = previous.get(m.meetings.get(i).id());
            if (before == null) {
                continue;
            }
            if (before < 1 || before > changed.slots() || m.x[i][before] == null) {
                forced++;
            } else {
                // moved = 1 − x[i][before]
                objective.addTerm(m.x[i][before], -weight);
                forced++;
            }
        }
        objective.add(m.total).add(forced * weight);
        m.model.minimize(objective);
        CpSolver solver = new CpSolver();
        solver.getParameters()
                .setNumWorkers(options.workers())
                .setRandomSeed(options.seed())
                .setMaxTimeInSeconds(Math.max(0.01, options.timeLimit().toNanos() / 1e9));
        CpSolverStatus status = solver.solve(m.model);
        double seconds = elapsed(start);
        if (status == CpSolverStatus.INFEASIBLE) {
            return new RepairResult(ScheduleResult.withoutSchedule(SolveStatus.INFEASIBLE, 0, seconds), List.of());
        }
        if (status != CpSolverStatus.OPTIMAL && status != CpSolverStatus.FEASIBLE) {
            return new RepairResult(ScheduleResult.withoutSchedule(SolveStatus.UNKNOWN, 0, seconds), List.of());
        }
        Map<Integer, Integer> slots = m.slots(solver::booleanValue);
        int breaks = Schedules.totalBreaks(changed, slots);
        long value = Math.round(solver.objectiveValue());
        long bound = (long) Math.ceil(solver.bestObjectiveBound() - 1e-6);
        long moved = (value - breaks) / weight;
        // The bound on breaks holds among schedules with as few moves only when the move count itself is proved.
        int breaksBound = bound / weight == moved ? (int) Math.max(0, Math.min(breaks, bound - moved * weight)) : 0;
        boolean optimal = status == CpSolverStatus.OPTIMAL;
        ScheduleResult result = new ScheduleResult(optimal ? SolveStatus.OPTIMAL : SolveStatus.FEASIBLE,
                OptionalInt.of(breaks), optimal ? breaks : breaksBound, seconds,
                Schedules.assignTables(changed, slots, options.fewerTableChanges()));
        return RepairResult.of(result, previous);
    }

    /**
     * Says why a problem has no schedule: each rule of the problem that, dropped alone, leaves a problem with a
     * schedule ("the fairness bound d = 2", "the precedences", "the fixed slots", "the forbidden slots", "the caps",
     * "the number of tables", "the sessions"). An empty list means that no single rule is to blame (or that the
     * checks ran out of time): it is their combination. Each check is one feasibility solve with an equal share of
     * the time limit.
     *
     * @param problem a problem, usually one answered {@link SolveStatus#INFEASIBLE}
     * @param options time limit, workers and seed for all checks together
     * @return the rules to blame, in the order above; for a feasible problem, every rule present
     */
    public List<String> infeasibilityReasons(SchedulingProblem problem, SolveOptions options) {
        Map<String, SchedulingProblem> relaxed = new LinkedHashMap<>();
        if (problem.fairness().isPresent()) {
            relaxed.put("the fairness bound d = " + problem.fairness().getAsInt(),
                    problem.withFairness(OptionalInt.empty()));
        }
        List<MeetingTask> ms = problem.meetings();
        if (ms.stream().anyMatch(m -> !m.predecessors().isEmpty())) {
            relaxed.put("the precedences", problem.toBuilder().meetings(ms.stream()
                    .map(m -> m.after(Set.of())).toList()).build());
        }
        if (ms.stream().anyMatch(m -> m.fixedSlot().isPresent())) {
            relaxed.put("the fixed slots", problem.toBuilder().meetings(ms.stream()
                    .map(m -> new MeetingTask(m.id(), m.first(), m.second(), m.session(), OptionalInt.empty(),
                            m.predecessors(), m.allowedSlots())).toList()).build());
        }
        if (!problem.forbiddenSlots().isEmpty()) {
            relaxed.put("the forbidden slots", new SchedulingProblem(problem.participants(), problem.slots(),
                    problem.morningSlots(), problem.tables(), ms, Map.of(), problem.fairness(), problem.caps()));
        }
        if (!problem.caps().isEmpty()) {
            relaxed.put("the caps", problem.toBuilder().caps(List.of()).build());
        }
        relaxed.put("the number of tables", problem.toBuilder().tables(Math.max(1, ms.size())).build());
        if (ms.stream().anyMatch(m -> m.session() != SlotWindow.ANY || !m.allowedSlots().isEmpty())) {
            try {
                relaxed.put("the sessions", problem.toBuilder().meetings(ms.stream()
                        .map(m -> new MeetingTask(m.id(), m.first(), m.second(), SlotWindow.ANY, m.fixedSlot(),
                                m.predecessors(), Set.of())).toList()).build());
            } catch (InvalidProblemException e) {
                LOG.debug("sessions cannot be dropped: {}", e.getMessage());
            }
        }
        long share = Math.max(1, options.timeLimit().toNanos() / Math.max(1, relaxed.size()));
        List<String> out = new ArrayList<>();
        relaxed.forEach((rule, p) -> {
            BreaksModel m = new BreaksModel(p);
            Probe any = firstSolution(m, 0, options, System.nanoTime() + share);
            if (any.slots() != null) {
                out.add(rule);
            }
        });
        return out;
    }

    private static ScheduleResult finish(SchedulingProblem problem, SolveOptions options, SolveStatus status,
            Map<Integer, Integer> slots, int lower, long start) {
        return new ScheduleResult(status, OptionalInt.of(Schedules.totalBreaks(problem, slots)), lower,
                elapsed(start), Schedules.assignTables(problem, slots, options.fewerTableChanges()));
    }

    /** The best schedule with lower..upper breaks found by the deadline, starting from a hint. */
    private static Probe improve(BreaksModel m, int lower, int upper, Map<Integer, Integer> hint, SolveOptions options,
            long deadline) {
        m.model.clearHints();
        m.hint(hint);
        m.boundTotal(lower, upper);
        m.model.minimize(m.total);
        CpSolver solver = new CpSolver();
        solver.getParameters()
                .setNumWorkers(options.workers())
                .setRandomSeed(options.seed())
                .setMaxTimeInSeconds(Math.max(0.01, (deadline - System.nanoTime()) / 1e9));
        CpSolverStatus status = solver.solve(m.model);
        m.model.clearObjective();
        m.boundTotal(0, m.totalUpper);
        if (status == CpSolverStatus.OPTIMAL || status == CpSolverStatus.FEASIBLE) {
            return new Probe(status, m.slots(solver::booleanValue));
        }
        return new Probe(status, null);
    }

    /** Any schedule with at least {@code lower} breaks, or a proof that there is none. */
    private static Probe firstSolution(BreaksModel m, int lower, SolveOptions options, long deadline) {
        m.boundTotal(lower, m.totalUpper);
        CpSolver any = new CpSolver();
        any.getParameters()
                .setNumWorkers(options.workers())
                .setRandomSeed(options.seed())
                .setStopAfterFirstSolution(true)
                .setMaxTimeInSeconds(Math.max(0.01, (deadline - System.nanoTime()) / 1e9));
        CpSolverStatus status = any.solve(m.model);
        m.boundTotal(0, m.totalUpper);
        if (status == CpSolverStatus.OPTIMAL || status == CpSolverStatus.FEASIBLE) {
            return new Probe(status, m.slots(any::booleanValue));
        }
        return new Probe(status, null);
    }

    /** The outcome of one probe: INFEASIBLE (a proof), a schedule, or neither (time ran out). */
    private record Probe(CpSolverStatus status, Map<Integer, Integer> slots) {
    }

    private static Probe probe(BreaksModel m, int total, SolveOptions options, long deadline) {
        m.boundTotal(total, total);
        CpSolver solver = newSolver(options, deadline);
        CpSolverStatus status = solver.solve(m.model);
        m.boundTotal(0, m.totalUpper);
        if (status == CpSolverStatus.OPTIMAL || status == CpSolverStatus.FEASIBLE) {
            return new Probe(status, m.slots(solver::booleanValue));
        }
        return new Probe(status, null);
    }

    /** Total = 1: first as one probe for a few seconds, then split by candidate if that did not decide it. */
    private static Probe probeOneBreak(BreaksModel m, SolveOptions options, long deadline) {
        Probe direct = probe(m, 1, options, Math.min(deadline, System.nanoTime() + DIRECT_SLICE_NANOS));
        if (direct.status() == CpSolverStatus.INFEASIBLE || direct.slots() != null) {
            return direct;
        }
        return probeByCandidate(m, options, deadline);
    }

    /**
     * Total = 1, split by the participant who has the break. Fixing every "has a break" lets presolve collapse each
     * zero-break participant to a block of consecutive slots, which refutes most candidates at once. Candidates not
     * decided within a short slice are retried with the time left.
     */
    private static Probe probeByCandidate(BreaksModel m, SolveOptions options, long deadline) {
        List<Integer> pending = new ArrayList<>();
        for (int i = 0; i < m.hasBreaks.size(); i++) {
            pending.add(i);
        }
        // A short slice first, which refutes most candidates at presolve or at the root relaxation; the survivors
        // get slices four times longer in each later pass.
        long slice = 3_000_000_000L;
        boolean firstPass = true;
        m.boundTotal(1, 1);
        try {
            while (!pending.isEmpty()) {
                List<Integer> undecided = new ArrayList<>();
                for (int c : pending) {
                    if (System.nanoTime() >= deadline) {
                        return new Probe(CpSolverStatus.UNKNOWN, null);
                    }
                    for (int i = 0; i < m.hasBreaks.size(); i++) {
                        BoolVar hb = m.hasBreaks.get(i);
                        m.restrict(hb.getIndex(), i == c ? 1 : 0, i == c ? 1 : 0);
                    }
                    long until = !firstPass && pending.size() == 1 ? deadline
                            : Math.min(deadline, System.nanoTime() + slice);
                    CpSolver solver = newSolver(options, until);
                    CpSolverStatus status = solver.solve(m.model);
                    if (status == CpSolverStatus.OPTIMAL || status == CpSolverStatus.FEASIBLE) {
                        return new Probe(status, m.slots(solver::booleanValue));
                    }
                    if (status != CpSolverStatus.INFEASIBLE) {
                        undecided.add(c);
                    }
                }
                pending = undecided;
                slice = Math.min(slice, Long.MAX_VALUE / 8) * 4;
                firstPass = false;
            }
            return new Probe(CpSolverStatus.INFEASIBLE, null);
        } finally {
            for (BoolVar hb : m.hasBreaks) {
                m.restrict(hb.getIndex(), 0, 1);
            }
            m.boundTotal(0, m.totalUpper);
        }
    }

    private static CpSolver newSolver(SolveOptions options, long deadline) {
        CpSolver solver = new CpSolver();
        var params = solver.getParameters()
                .setNumWorkers(options.workers())
                .setRandomSeed(options.seed())
                .setMaxTimeInSeconds(Math.max(0.01, (deadline - System.nanoTime()) / 1e9));
        if (options.workers() >= 2) {
            params.addSubsolvers("max_lp").addSubsolvers("no_lp").setNumFullSubsolvers(2);
        }
        return solver;
    }

    private static double elapsed(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
